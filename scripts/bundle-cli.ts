// Second half of `npm run build`: writes the lexicon tables into the tsc output
// (scripts/gen-lexicons.ts), then bundles the tsc output of the CLI into one CommonJS file,
// dist/cli/alliance.cjs, and writes V8's code cache for it (dist/cli/alliance.cache) after a
// warm-up run, so that `alliance` and each of its workers start without compiling ~2 MB of
// JavaScript (see src/cli/boot/bundle.ts). One file, not chunks: esbuild splits only ESM, and
// the ESM loader has no code cache in Node 20. Lazy imports stay lazy inside the bundle
// (esbuild wraps them in init functions), so `--help` still does not build the engine.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFiles, loadBundle, wrapBundle } from '../src/cli/boot/bundle.js';
import type { CliIo } from '../src/cli/io.js';
import { writeLexiconTables } from './gen-lexicons.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const files = bundleFiles(pathToFileURL(`${root}/`));
const outdir = join(root, 'dist', 'cli');

const tables = await writeLexiconTables(join(root, 'dist', 'src'));

// Old chunks of the former ESM bundle would sit there unused; start from an empty folder.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'bundle-entry.js')],
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ASCII output: the loader reads it as latin1, the cheapest decode there is.
  charset: 'ascii',
  define: { 'import.meta.url': '__allianceUrl' },
  legalComments: 'none',
  // Less source to read; names are kept, so stack traces (ALLIANCE_DEBUG=1) still read.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: true,
});
const [output] = result.outputFiles;
if (output === undefined) throw new Error('esbuild wrote nothing');
// A dynamic import() left in the bundle would fail under vm.Script (no module loader there).
if (/\bimport\(\s*["'`]/.test(output.text)) throw new Error('dynamic import left in the bundle');
writeFileSync(files.code, wrapBundle(output.text), 'latin1');

// Warm-up: run the commands whose start-up matters, in this process, so that the functions
// they compile (lazily, on first call) are in the cache. Output goes nowhere.
const nowhere = (): Writable => new Writable({ write: (_chunk, _enc, done) => done() });
const io = (): CliIo => ({
  stdout: nowhere(),
  stderr: nowhere(),
  stdin: Readable.from([]),
  env: {},
  cwd: root,
});
const loaded = loadBundle(files, false);
const demo = join('examples', 'demo-session.txt');
const runs = [
  ['analyze', demo, '--format', 'json'],
  ['analyze', demo, '--format', 'text'],
  ['analyze', join('fixtures', 'transcripts'), '--format', 'jsonl', '--jobs', '1', '-q'],
  ['--help'],
];
for (const argv of runs) await loaded.exports.main(argv, io());
const cache = loaded.script.createCachedData();
writeFileSync(files.cache, cache);

const inputs = Object.keys(result.metafile.inputs).length;
const kb = (n: number): string => `${Math.round(n / 1024)} KB`;
process.stdout.write(
  `lexicon tables: ${tables.expansions} expansions, a trie of ${tables.nodes} nodes (${tables.terms} terms)\n` +
    `bundled ${inputs} modules into dist/cli/alliance.cjs (${kb(output.contents.length)}), code cache ${kb(cache.length)}\n`,
);
