import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkLimits, runTasks, workerCount, type BatchSource } from './batch.js';
import { withoutHeader } from './emit.js';
import type { Input } from './inputs.js';
import type { JobResult, JobSettings } from './job.js';
import { buildIfStale } from './test-helpers/build.js';
import { jsonlStream, SESSION_TXT, tempFiles } from './test-helpers/fake-io.js';

const file = (name: string): Input => ({ kind: 'file', path: name, name, fromFolder: true });
const files = (n: number): Input[] => Array.from({ length: n }, (_v, i) => file(`s${i}.txt`));
const stream: Input = { kind: 'file', path: 'x.jsonl', name: 'x.jsonl', fromFolder: false };

describe('workerCount', () => {
  it.each([
    ['one file, many cores', files(1), undefined, 8, 1],
    ['a few files stay in-process', files(10), undefined, 8, 1],
    ['one worker per 16 files', files(40), undefined, 8, 3],
    ['never more than the cores', files(400), undefined, 2, 2],
    ['--jobs is honoured', files(400), 3, 2, 3],
    ['--jobs capped by the files', files(2), 4, 8, 2],
    ['a stream gets every core', [stream], undefined, 4, 4],
    ['a stream with --jobs', [stream], 2, 4, 2],
  ])('%s', (_name, inputs, requested, cores, expected) => {
    const source: BatchSource = { inputs, maxBytes: 1000 };
    expect(workerCount(requested, source, cores)).toBe(expected);
  });
});

describe('chunkLimits', () => {
  it.each([
    ['400 files, 2 workers: 8 batches per worker', 2, 400, 32],
    ['few files: one job per message', 2, 6, 1],
    ['20 files, 2 workers', 2, 20, 3],
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

  const run = async (inputs: Input[], jobs: number, total?: number): Promise<JobResult[]> => {
    const out: JobResult[] = [];
    for await (const r of runTasks({ inputs, maxBytes: 1 << 20 }, settings, jobs, total))
      out.push(r);
    return out;
  };

  it.each([2, 3])(
    'gives the same results in the same order with %i workers as in-process',
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

  it('streams a JSONL file through workers in line order', async () => {
    const input = {
      kind: 'file',
      path: join(dir, 'lines.jsonl'),
      name: 'lines.jsonl',
      fromFolder: false,
    } as const;
    const results = await run([input], 2);
    expect(outline(results)).toEqual(
      Array.from({ length: 45 }, (_v, i) => `lines.jsonl:${i + 1}#t${i}`),
    );
    expect(rendered(results)).toEqual(rendered(await run([input], 1)));
  }, 60_000);
});
