// Loads the bundled CLI through V8's code cache. Node 20 has no compile cache for modules,
// and compiling the ~2 MB bundle cost ~60 ms of every start (and of every worker's start).
// So the bundle is CommonJS wrapped in one function expression, compiled with vm.Script and
// the cachedData written at build time after a warm-up run: the functions a run needs come
// out of the cache as bytecode. A cache from another Node version is rejected by V8 and the
// bundle is then compiled as usual: slower, never wrong.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { CliIo } from '../io.js';

/** What the bundle's entry exports (src/cli/bundle-entry.ts). */
export interface BundleExports {
  run(): Promise<void>;
  main(argv: readonly string[], io: CliIo): Promise<number>;
  serveWorker(): Promise<void>;
  setWorkerEntry(url: URL): void;
}

/** The bundle's files, all in dist/cli/. */
export interface BundleFiles {
  /** The wrapped CommonJS bundle. */
  code: URL;
  /** V8's code cache for `code`. */
  cache: URL;
  /** The worker thread's entry, which loads the same bundle. */
  worker: URL;
}

/** The bundle's files for a package root (a URL ending in a slash). */
export function bundleFiles(root: URL): BundleFiles {
  return {
    code: new URL('dist/cli/alliance.cjs', root),
    cache: new URL('dist/cli/alliance.cache', root),
    worker: new URL('dist/src/cli/boot/worker.js', root),
  };
}

// The wrapper's parameters: CommonJS's own five, then the URL the bundle reads as
// `import.meta.url` (esbuild defines it to this name; CommonJS has no import.meta).
const PARAMS = 'exports, require, module, __filename, __dirname, __allianceUrl';

/** Wrap esbuild's CommonJS output as the one function expression the loader compiles. */
export function wrapBundle(code: string): string {
  return `(function (${PARAMS}) {${code}\n})`;
}

/** A loaded bundle, with its script kept for `createCachedData` at build time. */
export interface LoadedBundle {
  exports: BundleExports;
  script: Script;
  /** True when a cache was given but V8 refused it (another Node version or V8 flags). */
  cacheRejected: boolean;
}

/** Compile and run the bundle; `useCache: false` compiles from source (to produce a cache). */
export function loadBundle(files: BundleFiles, useCache = true): LoadedBundle {
  const filename = fileURLToPath(files.code);
  // esbuild writes ASCII only (non-ASCII is escaped), so latin1 is exact and the cheapest decode.
  const source = readFileSync(filename, 'latin1');
  const cachePath = fileURLToPath(files.cache);
  const cachedData = useCache && existsSync(cachePath) ? readFileSync(cachePath) : undefined;
  const script = new Script(
    source,
    cachedData === undefined ? { filename } : { filename, cachedData },
  );
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as BundleExports };
  const dirname = fileURLToPath(new URL('./', files.code));
  wrapper(module.exports, createRequire(filename), module, filename, dirname, files.code.href);
  module.exports.setWorkerEntry(files.worker);
  return { exports: module.exports, script, cacheRejected: script.cachedDataRejected === true };
}

/**
 * True when the bundle is at least as new as the tsc output it was made from: after a bare
 * `tsc` it is stale, and bin/ runs the per-module build instead.
 */
export function bundleIsFresh(files: BundleFiles, tscMain: URL): boolean {
  const bundle = fileURLToPath(files.code);
  const modules = fileURLToPath(tscMain);
  if (!existsSync(bundle)) return false;
  return !existsSync(modules) || statSync(bundle).mtimeMs >= statSync(modules).mtimeMs;
}
