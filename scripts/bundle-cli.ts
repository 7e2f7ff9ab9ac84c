// Second half of `npm run build`: bundles the tsc output of the CLI into dist/cli/, so that
// `alliance` loads a handful of files instead of resolving ~230 modules at every start.
// Code splitting keeps the lazy imports lazy: `--help` loads the entry chunk and commander,
// the engine chunk loads only when a command needs it, the worker shares that chunk.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'cli');

// Chunk names carry hashes; old ones would pile up and a stale one could be loaded by mistake.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    main: join(root, 'dist', 'src', 'cli', 'main.js'),
    worker: join(root, 'dist', 'src', 'cli', 'worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Everything in one folder: the pool finds the worker as a sibling of its own chunk.
  chunkNames: 'chunk-[hash]',
  // The progress bar is CommonJS and only loaded on a terminal; resolve it from node_modules.
  external: ['cli-progress'],
  // commander is CommonJS and requires Node built-ins; ESM chunks have no `require` of their own.
  banner: {
    js: "import { createRequire as __allianceRequire } from 'node:module'; const require = __allianceRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).length;
const inputs = Object.keys(result.metafile.inputs).length;
process.stdout.write(`bundled ${inputs} modules into ${files} files in dist/cli/\n`);
