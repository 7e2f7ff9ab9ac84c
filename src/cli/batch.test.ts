import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkLimits, inputBytes, runTasks, workerCount, type BatchSource } from './batch.js';
import { withoutHeader } from './emit.js';
import type { Input } from './inputs.js';
import { runJob, type JobResult, type JobSettings } from './job.js';
import { WorkerPool } from './pool.js';
import { buildIfStale } from './test-helpers/build.js';
import { jsonlStream, SESSION_TXT, tempFiles } from './test-helpers/fake-io.js';

const file = (name: string): Input => ({ kind: 'file', path: name, name, fromFolder: true });
const files = (n: number): Input[] => Array.from({ length: n }, (_v, i) => file(`s${i}.txt`));
const stream: Input = { kind: 'file', path: 'x.jsonl', name: 'x.jsonl', fromFolder: false };

const MB = 1_000_000;

describe('workerCount', () => {
  it.each([
    ['one small file, many cores', files(1), undefined, 8, 9000, 1],
    ['one large file is still one job', files(1), undefined, 8, 20 * MB, 1],
    ['many small files stay in this thread', files(40), undefined, 8, 0.4 * MB, 1],
    ['3.6 MB stays on one thread', files(400), undefined, 8, 3.6 * MB, 1],
    ['a thread per 8 MB', files(400), undefined, 8, 20 * MB, 3],
    ['never more than the cores', files(400), undefined, 2, 40 * MB, 2],
    ['--jobs is honoured', files(400), 3, 2, 0, 3],
    ['--jobs capped by the files', files(2), 4, 8, 0, 2],
    ['a stream gets every core', [stream], undefined, 4, 0, 4],
    ['a stream with --jobs', [stream], 2, 4, 0, 2],
  ])('%s', (_name, inputs, requested, cores, bytes, expected) => {
    const source: BatchSource = { inputs, maxBytes: 1000 };
    expect(workerCount(requested, source, cores, bytes)).toBe(expected);
  });
});

describe('inputBytes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempFiles({ 'a.txt': 'x'.repeat(1000), 'b.txt': 'y'.repeat(500), 'c.txt': 'z' });
  });
  const inputs = (...names: string[]): Input[] =>
    names.map((n) => ({ kind: 'file', path: join(dir, n), name: n, fromFolder: true }));

  it.each([
    ['every file counted', ['a.txt', 'b.txt', 'c.txt'], 10_000, 1501],
    ['counting stops once enough', ['a.txt', 'b.txt', 'c.txt'], 800, 1000],
    ['a missing file counts nothing (its job reports it)', ['a.txt', 'gone.txt'], 10_000, 1000],
  ])('%s', async (_name, names, enough, expected) => {
    expect(await inputBytes({ inputs: inputs(...names), maxBytes: 1 << 20 }, enough)).toBe(
      expected,
    );
  });

  it('does not stat a stream', async () => {
    expect(await inputBytes({ inputs: [stream], maxBytes: 1 << 20 }, 10_000)).toBe(0);
  });
});

describe('chunkLimits', () => {
  it.each([
    ['400 files, 2 threads: 16 batches each', 2, 400, 13],
    ['few files: one job per message', 2, 6, 1],
    ['100 files, 3 threads', 3, 100, 3],
    ['huge folders: the cap', 2, 100_000, 32],
    ['a stream: the cap', 4, undefined, 32],
  ])('%s', (_name, jobs, total, items) => {
    expect(chunkLimits(jobs, total).items).toBe(items);
    expect(chunkLimits(jobs, total).weight).toBeGreaterThan(0);
  });
});

describe('withoutHeader', () => {
  const utf8 = new TextEncoder();
  it.each([
    ['h1,h2\na,b\n', 'a,b\n'],
    ['only a header', ''],
    ['h\nnaïve,ß\n', 'naïve,ß\n'],
  ])('%j drops its first line, as text and as bytes', (csv, rest) => {
    expect(withoutHeader(csv)).toBe(rest);
    expect(withoutHeader(utf8.encode(csv))).toEqual(utf8.encode(rest));
  });
});

const settings: JobSettings = {
  format: 'jsonl',
  parse: {},
  color: false,
  batch: true,
  perFile: false,
  debug: false,
};

/** Names in result order, a failed input as `!` plus the start of its message. */
function outline(results: readonly JobResult[]): string[] {
  return results.flatMap((r) =>
    r.error === undefined ? r.items.map((i) => i.name) : [`!${r.error.message.slice(0, 30)}`],
  );
}

function rendered(results: readonly JobResult[]): string[] {
  const utf8 = new TextDecoder();
  return results.flatMap((r) =>
    r.items.map((i) => (i.encoded ? utf8.decode(i.encoded) : i.rendered)),
  );
}

describe('runTasks', () => {
  let dir: string;
  beforeAll(async () => {
    await buildIfStale();
    const names: Record<string, string> = {};
    for (let i = 0; i < 30; i++) names[`f${String(i).padStart(2, '0')}.txt`] = SESSION_TXT;
    dir = await tempFiles({ ...names, 'lines.jsonl': jsonlStream(45) });
    // Failures in the middle of the batch: empty, not UTF-8.
    await writeFile(join(dir, 'f07.txt'), '');
    await writeFile(join(dir, 'f21.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
  }, 180_000);

  /** The 45-line JSONL stream written in beforeAll. */
  const linesInput = (): Input => ({
    kind: 'file',
    path: join(dir, 'lines.jsonl'),
    name: 'lines.jsonl',
    fromFolder: false,
  });

  const run = async (inputs: Input[], jobs: number, total?: number): Promise<JobResult[]> => {
    const out: JobResult[] = [];
    for await (const r of runTasks({ inputs, maxBytes: 1 << 20 }, settings, jobs, total))
      out.push(r);
    return out;
  };

  it.each([2, 3])(
    'gives the same results in the same order with %i jobs (workers and this thread) as with one',
    async (jobs) => {
      const inputs = Array.from({ length: 30 }, (_v, i) => {
        const name = `f${String(i).padStart(2, '0')}.txt`;
        return { kind: 'file', path: join(dir, name), name, fromFolder: true } as const;
      });
      const one = await run(inputs, 1);
      const many = await run(inputs, jobs, inputs.length);
      expect(outline(many)).toEqual(outline(one));
      expect(rendered(many)).toEqual(rendered(one));
      const names = outline(one);
      expect(names).toHaveLength(30);
      expect(names[0]).toBe('f00.txt');
      expect(names[7]).toMatch(/^!/);
      expect(names[21]).toMatch(/^!/);
      expect(names[29]).toBe('f29.txt');
    },
    60_000,
  );

  // Workers that start mid-stream (after 1 byte, after ~20 KB) or never must not change a byte.
  it.each([1, 20_000, 1e9])(
    'gives the same stream output when workers start after %i bytes',
    async (growAfter) => {
      const input = linesInput();
      const grown: JobResult[] = [];
      const source = { inputs: [input], maxBytes: 1 << 20 };
      for await (const r of runTasks(source, settings, 2, undefined, growAfter)) grown.push(r);
      expect(outline(grown)).toHaveLength(45);
      expect(rendered(grown)).toEqual(rendered(await run([input], 1)));
    },
    60_000,
  );

  it('streams a JSONL file through a worker and this thread in line order', async () => {
    const input = linesInput();
    const results = await run([input], 2);
    expect(outline(results)).toEqual(
      Array.from({ length: 45 }, (_v, i) => `lines.jsonl:${i + 1}#t${i}`),
    );
    expect(rendered(results)).toEqual(rendered(await run([input], 1)));
  }, 60_000);

  // With no local runner every batch must go to the worker: the results crossed as UTF-8
  // bytes and say the same as this thread's, errors included.
  it('a worker alone runs a batch and renders what this thread would', async () => {
    const pool = new WorkerPool(1, settings);
    try {
      const jobs = ['f00.txt', 'f07.txt', 'f29.txt'].map(
        (name) => ({ kind: 'file', path: join(dir, name), name }) as const,
      );
      const results = await pool.run([...jobs]);
      expect(results.every((r) => r.items.every((i) => i.encoded !== undefined))).toBe(true);
      expect(rendered(results)).toEqual(rendered(jobs.map((j) => runJob(j, settings))));
      expect(outline(results)[1]).toMatch(/^!/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
