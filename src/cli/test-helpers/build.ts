// Tests that start real processes or workers need the built CLI in dist/ (and its bundle).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let building: Promise<void> | undefined;

/** `npm test` builds before running vitest; build here only when dist/ is missing or older. */
export function buildIfStale(): Promise<void> {
  building ??= build();
  return building;
}

async function build(): Promise<void> {
  const built = join(root, 'dist', 'cli', 'alliance.cjs');
  const builtAt = existsSync(built) ? (await stat(built)).mtimeMs : 0;
  const sources = await readdir(join(root, 'src'), { recursive: true });
  const times = await Promise.all(
    sources
      // Tests are not built, so editing one must not force a build.
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-helpers'))
      .map(async (f) => (await stat(join(root, 'src', f))).mtimeMs),
  );
  if (times.every((t) => t <= builtAt)) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  } catch {
    // Other modules' type errors still emit JavaScript; only a missing CLI build is fatal.
  }
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('CLI build missing');
  // The bundle is what bin/ runs; it is built from the tsc output just written.
  execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'bundle-cli.js')], {
    cwd: root,
    stdio: 'ignore',
  });
}
