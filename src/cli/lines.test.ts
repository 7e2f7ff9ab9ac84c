import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';

async function collect(chunks: string[], max = 1000): Promise<[number, string, boolean][]> {
  const source = Readable.from(chunks.map((c) => Buffer.from(c)));
  const out: [number, string, boolean][] = [];
  for await (const l of splitLines(source, max)) {
    out.push([l.line, Buffer.from(l.bytes).toString('utf8'), l.tooLong]);
  }
  return out;
}

describe('splitLines', () => {
  it.each([
    [
      'one chunk',
      ['a\nb\n'],
      [
        [1, 'a', false],
        [2, 'b', false],
      ],
    ],
    [
      'no final newline',
      ['a\nb'],
      [
        [1, 'a', false],
        [2, 'b', false],
      ],
    ],
    [
      'CRLF',
      ['a\r\nb\r\n'],
      [
        [1, 'a', false],
        [2, 'b', false],
      ],
    ],
    [
      'blank lines counted, not yielded',
      ['a\n\n  \nb\n'],
      [
        [1, 'a', false],
        [4, 'b', false],
      ],
    ],
    [
      'line split across chunks',
      ['ab', 'c\nd', 'e'],
      [
        [1, 'abc', false],
        [2, 'de', false],
      ],
    ],
    [
      'CR and LF in different chunks',
      ['ab\r', '\ncd'],
      [
        [1, 'ab', false],
        [2, 'cd', false],
      ],
    ],
    [
      'byte by byte',
      [...'x\nyz\n'],
      [
        [1, 'x', false],
        [2, 'yz', false],
      ],
    ],
  ])('%s', async (_name, chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('drops a line over the cap but keeps counting and carries on', async () => {
    expect(await collect(['ok\n', '0123456789', '0123456789\n', 'next\n'], 15)).toEqual([
      [1, 'ok', false],
      [2, '', true],
      [3, 'next', false],
    ]);
  });

  it('gives each line its own exactly sized buffer (safe to transfer to a worker)', async () => {
    const source = Readable.from([Buffer.from('first\nsecond\n')]);
    for await (const l of splitLines(source, 100)) {
      expect(l.bytes.byteOffset).toBe(0);
      expect(l.bytes.buffer.byteLength).toBe(l.bytes.length);
    }
  });
});
