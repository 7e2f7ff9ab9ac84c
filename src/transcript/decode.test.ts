import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES, checkSize, decodeTranscript } from './index.js';
import { failure } from './test-helpers/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean, bom = true): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeTranscript', () => {
  it.each([
    ['plain UTF-8', utf8('T: Café?\n'), 'T: Café?\n'],
    ['UTF-8 BOM removed', bytes([0xef, 0xbb, 0xbf], 'WEBVTT\n'), 'WEBVTT\n'],
    ['UTF-16 LE with BOM', utf16('T: Hé\r\n', false), 'T: Hé\r\n'],
    ['UTF-16 BE with BOM', utf16('T: Hé\n', true), 'T: Hé\n'],
    [
      'UTF-16 LE without BOM',
      utf16('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n', false, false),
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n',
    ],
  ])('%s', (_name, input, expected) => {
    expect(decodeTranscript(input, 'x.txt')).toBe(expected);
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty', 1],
    ['whitespace only', utf8(' \n\t\r\n'), 'empty', 1],
    ['BOM only', bytes([0xef, 0xbb, 0xbf]), 'empty', 1],
    ['NUL bytes', bytes('T: hi', [0, 1, 2], '\n'), 'binary', undefined],
    [
      'control characters',
      bytes(...Array.from({ length: 40 }, () => [7, 65, 66])),
      'binary',
      undefined,
    ],
    ['Latin-1 on line 3', bytes('T: a\nC: b\nT: caf', [0xe9], '\n'), 'encoding', 3],
    ['truncated sequence at the end', bytes('T: a\n', [0xe2, 0x82]), 'encoding', 2],
    ['overlong encoding', bytes('T: ', [0xc0, 0xaf]), 'encoding', 1],
    ['UTF-8 surrogate', bytes('T: ', [0xed, 0xa0, 0x80]), 'encoding', 1],
  ])('%s -> %s', (_name, input, code, line) => {
    expect(failure(() => decodeTranscript(input, 'x.txt')).slice(0, 2)).toEqual([code, line]);
  });

  it('sets the source on its errors', () => {
    expect.assertions(1);
    try {
      decodeTranscript(new Uint8Array(0), 'notes/empty.txt');
    } catch (error) {
      expect(String((error as { describe(): string }).describe())).toBe(
        'notes/empty.txt:1: file is empty',
      );
    }
  });
});

describe('checkSize', () => {
  it.each([
    [0, false],
    [MAX_TRANSCRIPT_BYTES, false],
    [MAX_TRANSCRIPT_BYTES + 1, true],
    [1024 ** 3, true],
  ])('%d bytes -> too large: %s', (size, tooLarge) => {
    if (tooLarge) expect(failure(() => checkSize(size, 'big.vtt'))[0]).toBe('too_large');
    else expect(() => checkSize(size, 'ok.vtt')).not.toThrow();
  });

  it('a 1 GB file is refused by size alone, in its message too', () => {
    expect(failure(() => checkSize(1024 ** 3))[2]).toBe('file is 1.0 GB; the limit is 50 MB');
  });
});
