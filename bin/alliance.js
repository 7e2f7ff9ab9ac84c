#!/usr/bin/env node
// Runs the bundled CLI (dist/cli, loaded through V8's code cache: src/cli/boot) when it is
// at least as new as the tsc output; after a bare `tsc` the bundle would be stale, so the
// per-module build in dist/src is used.
const root = new URL('../', import.meta.url);
const boot = await import(new URL('dist/src/cli/boot/bundle.js', root).href);
const files = boot.bundleFiles(root);
if (boot.bundleIsFresh(files, new URL('dist/src/cli/main.js', root))) {
  await boot.loadBundle(files).exports.run();
} else {
  const { run } = await import(new URL('dist/src/cli/main.js', root).href);
  await run();
}
