#!/usr/bin/env node
// Runs the bundled CLI (dist/cli, a few files) when it is at least as new as the tsc output;
// after a bare `tsc` the bundle would be stale, so the per-module build in dist/src is used.
import { existsSync, statSync } from 'node:fs';

const bundled = new URL('../dist/cli/main.js', import.meta.url);
const modules = new URL('../dist/src/cli/main.js', import.meta.url);
const fresh =
  existsSync(bundled) &&
  (!existsSync(modules) || statSync(bundled).mtimeMs >= statSync(modules).mtimeMs);
const { run } = await import(fresh ? bundled.href : modules.href);

await run();
