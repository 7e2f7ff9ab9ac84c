// The engine as one file for browsers and web workers, so a transcript can be analysed
// without leaving the therapist's machine. csv-parse's default build reads Node's Buffer;
// its browser build does not, so the bundle swaps it in.
import { build, type BuildOptions } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Formats we ship: an ES module (pages, module workers) and a classic script (global `Alliance`). */
export type BrowserFormat = 'esm' | 'iife';

/** esbuild options for the browser bundle of `entry` (the tsc output of src/index.ts). */
export function browserBundleOptions(entry: string, format: BrowserFormat): BuildOptions {
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

/** Bundle text of the engine for browsers, without writing it. */
export async function bundleForBrowser(entry: string, format: BrowserFormat): Promise<string> {
  const result = await build({ ...browserBundleOptions(entry, format), write: false });
  const [output] = result.outputFiles ?? [];
  if (output === undefined) throw new Error('esbuild wrote nothing');
  return output.text;
}

/** Write dist/browser/alliance.js (ESM) and alliance.iife.js under `root`. */
export async function writeBrowserBundles(root: string): Promise<void> {
  const entry = join(root, 'dist', 'src', 'index.js');
  await build({
    ...browserBundleOptions(entry, 'esm'),
    outfile: join(root, 'dist', 'browser', 'alliance.js'),
  });
  await build({
    ...browserBundleOptions(entry, 'iife'),
    outfile: join(root, 'dist', 'browser', 'alliance.iife.js'),
  });
}
