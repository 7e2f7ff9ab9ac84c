// Hostile input must fail (or parse) in linear time: no backtracking regex, no rescans.
import { describe, expect, it } from 'vitest';
import { TranscriptParseError, parseTranscript, type TranscriptFormat } from './index.js';

const MB = 1024 * 1024;
const garbage = (size: number, unit: string): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('linear time on a 5 MB line', () => {
  it.each<[string, TranscriptFormat, string]>([
    ['txt: letters and colons', 'txt', `T: hi\n${garbage(5 * MB, 'ab:c [0:')}`],
    ['txt: one line of brackets', 'txt', garbage(5 * MB, '[[[(((0:0')],
    ['txt: many short lines starting with [', 'txt', `T: x\n${garbage(5 * MB, '[1:\n')}`],
    [
      'vtt: one cue line of tags',
      'vtt',
      `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: ${garbage(5 * MB, '<<&&{\\')}`,
    ],
    ['vtt: garbage timing line', 'vtt', `WEBVTT\n\n${garbage(5 * MB, '-- > 0:')}`],
    ['srt: digits without timing', 'srt', garbage(5 * MB, '1234567890')],
    ['json: deep nesting', 'json', garbage(5 * MB, '[')],
    ['csv: one huge field', 'csv', `text\n"${garbage(5 * MB, 'a,b')}`],
  ])(
    '%s',
    (_name, format, text) => {
      const started = performance.now();
      try {
        parseTranscript(text, { format });
      } catch (error) {
        expect(error).toBeInstanceOf(TranscriptParseError);
      }
      // Quadratic work on 5 MB would take hours; the bound is loose for busy CI machines.
      expect(performance.now() - started).toBeLessThan(10_000);
    },
    20_000,
  );
});
