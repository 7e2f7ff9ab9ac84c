// `npm run build` step: the engine as one file for browsers and web workers, so a transcript
// can be analysed without leaving the therapist's machine. csv-parse's default build reads
// Node's Buffer; its browser build does not, so the bundle swaps it in.
import { build, type BuildOptions } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Formats we ship: an ES module (pages, module workers) and a classic script (global `Alliance`). */
type BrowserFormat = 'esm' | 'iife';

/** esbuild options for the browser bundle of `entry` (the tsc output of src/index.ts). */
function browserBundleOptions(entry: string, format: BrowserFormat): BuildOptions {
  const require = createRequire(import.meta.url);
  return {
    entryPoints: [entry],
    bundle: true,
    format,
    ...(format === 'iife' ? { globalName: 'Alliance' } : {}),
    platform: 'browser',
    target: ['es2022'],
    alias: { 'csv-parse/sync': require.resolve('csv-parse/browser/esm/sync') },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'dist', 'src', 'index.js');
for (const [format, file] of [
  ['esm', 'alliance.js'],
  ['iife', 'alliance.iife.js'],
] as const) {
  await build({
    ...browserBundleOptions(entry, format),
    outfile: join(root, 'dist', 'browser', file),
  });
}
process.stdout.write('wrote dist/browser/alliance.js and alliance.iife.js\n');
