// Real processes against the built CLI in dist/: what only a process can show (exit codes
// on the process, worker threads, a closed pipe, start-up from bin/).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from './test-helpers/build.js';
import { jsonlStream, SESSION_TXT, SESSION_VTT, tempFiles } from './test-helpers/fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'alliance.js');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function alliance(args: readonly string[], cwd = dir): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

beforeAll(async () => {
  await buildIfStale();
  dir = await tempFiles({
    'many.jsonl': jsonlStream(40),
    'lots.jsonl': jsonlStream(400),
    'folder/a.txt': SESSION_TXT,
    'folder/b.vtt': SESSION_VTT,
    'folder/c.txt': SESSION_TXT.replace('Zanzibar', 'Lisbon'),
  });
  await writeFile(join(dir, 'huge.vtt'), '');
  await truncate(join(dir, 'huge.vtt'), 1024 ** 3);
}, 180_000);

describe('the alliance process', () => {
  it('prints its version and help with exit 0', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await alliance(['--version'])).toMatchObject({
      code: 0,
      stdout: `${manifest.version}\n`,
    });
    const help = await alliance(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('analyze');
  });

  // The hook reports every module the process loads that holds the engine. The per-module
  // build is run, because a module graph is what the hook can see; the bundle keeps the same
  // lazy imports as init functions (scripts/bundle-cli.ts). Analysing a file is the control:
  // there the engine must be seen, or the hook is not looking.
  it.each([
    [['--help'], false, 0],
    [['--version'], false, 0],
    [['analyze', '--help'], false, 0],
    [['analyze', 'missing.txt'], false, 2],
    [['analyze', 'folder/a.txt'], true, 0],
  ])('%j loads the engine: %s', async (args, engine, code) => {
    const hooks = join(dir, 'hooks.mjs');
    await writeFile(
      hooks,
      `export async function load(url, context, next) {
        const r = await next(url, context);
        const s = r.source;
        const text = s == null ? '' : typeof s === 'string' ? s : new TextDecoder().decode(s);
        if (/class Engine\\b|\\bEngine = class\\b/.test(text)) process.stderr.write('ENGINE ' + url + '\\n');
        return r;
      }`,
    );
    const entry = join(dir, 'modules.mjs');
    const modules = pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href;
    await writeFile(entry, `import { run } from ${JSON.stringify(modules)};\nawait run();\n`);
    const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(`file://${hooks}`)});`;
    const run = await new Promise<Run>((resolve) => {
      execFile(process.execPath, ['--import', register, entry, ...args], { cwd: dir }, (e, o, r) =>
        resolve({ code: e === null ? 0 : Number(e.code), stdout: o, stderr: r, ms: 0 }),
      );
    });
    expect(run.stderr.includes('ENGINE')).toBe(engine);
    expect(run.code).toBe(code);
  });

  it('runs from the bundle, whose code cache this Node accepts', () => {
    const rootUrl = JSON.stringify(new URL('../../', import.meta.url).href);
    const script = `const root = new URL(${rootUrl});
      const b = await import(new URL('dist/src/cli/boot/bundle.js', root).href);
      const files = b.bundleFiles(root);
      const fresh = b.bundleIsFresh(files, new URL('dist/src/cli/main.js', root));
      process.stdout.write(JSON.stringify({ fresh, rejected: b.loadBundle(files).cacheRejected }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ fresh: true, rejected: false });
  });

  it('exits 2 with one line on a usage error', async () => {
    const run = await alliance(['analyze', '--format', 'pdf', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a 1 GB file at once, without reading it', async () => {
    const run = await alliance(['analyze', 'huge.vtt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alliance: huge\.vtt: .*(limit|large)/);
    // Reading 1 GB would take seconds and a gigabyte; stat takes nothing (generous for loaded CI).
    expect(run.ms).toBeLessThan(15_000);
  });

  it.each([
    ['a JSONL stream', ['many.jsonl', '-f', 'jsonl']],
    ['a folder', ['folder', '-f', 'jsonl']],
    ['a folder as a table', ['folder']],
  ])('gives the same output with --jobs 2 as with --jobs 1: %s', async (_name, args) => {
    const one = await alliance(['analyze', ...args, '--jobs', '1', '-q']);
    const two = await alliance(['analyze', ...args, '--jobs', '2', '-q']);
    expect(one.code).toBe(0);
    expect(two).toMatchObject({ code: 0, stdout: one.stdout });
    expect(one.stdout.length).toBeGreaterThan(0);
  });

  it('stops quietly with exit 0 when the reader closes the pipe', () => {
    const script = `"${process.execPath}" "${bin}" analyze lots.jsonl -f jsonl -j 1 -q | head -n 1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const out = execFileSync('bash', ['-c', script], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out.trim()).toBe('status=0');
  });

  it('runs the demo from any folder and writes its HTML page', async () => {
    const run = await alliance(['demo', '--out', 'demo.html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(dir, 'demo.html'));
    expect(existsSync(join(dir, 'demo.html'))).toBe(true);
  });
});
