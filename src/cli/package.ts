// Finds the package root from this module's own location, so that the demo transcript and
// the version are found whatever the current directory is (and from src/ or dist/).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let root: URL | undefined;

/** URL of the folder holding alliance's package.json (with a trailing slash). */
export function packageRoot(): URL {
  if (root !== undefined) return root;
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 8; i++) {
    const manifest = new URL('package.json', dir);
    if (existsSync(fileURLToPath(manifest))) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
      if (parsed.name === 'alliance') return (root = dir);
    }
    dir = new URL('../', dir);
  }
  throw new Error('package root not found');
}

/** The version in package.json. */
export function packageVersion(): string {
  const manifest = new URL('package.json', packageRoot());
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}
