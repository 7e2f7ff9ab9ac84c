// Lint config: strict type-aware rules; the engine folders may not import Node APIs
// so that the engine runs in the browser and in workers unchanged.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineFolders = [
  'src/text/**',
  'src/transcript/**',
  'src/lexicons/**',
  'src/markers/**',
  'src/models/**',
  'src/report/**',
  'src/eval/**',
  'src/engine/**',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bin/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: engineFolders,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'commander', 'cli-progress'],
              message: 'The engine is pure: no Node APIs here.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'Date', 'setTimeout', 'performance'],
    },
  },
);
