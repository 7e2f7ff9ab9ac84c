// `npm run build` step: writes the browser bundles (see browser-bundle.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBrowserBundles } from './browser-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await writeBrowserBundles(root);
process.stdout.write('wrote dist/browser/alliance.js and alliance.iife.js\n');
