import { describe, expect, it } from 'vitest';
import { TranscriptParseError } from '../transcript/errors.js';
import {
  exitCodeOf,
  formatError,
  InputError,
  IoError,
  ioErrorFrom,
  OutputClosed,
  toCliError,
  UsageError,
} from './errors.js';

describe('error hierarchy', () => {
  it.each([
    ['usage', new UsageError('bad flag'), 2, 'alliance: bad flag'],
    [
      'input with line',
      new InputError('timestamp', 'bad time', 'a.vtt', 7),
      2,
      'alliance: a.vtt:7: bad time',
    ],
    [
      'input without line',
      new InputError('binary', 'not text', 'b.txt'),
      2,
      'alliance: b.txt: not text',
    ],
    [
      'io',
      new IoError('ENOENT', 'no such file or folder', 'c.srt'),
      2,
      'alliance: c.srt: no such file or folder',
    ],
    ['closed pipe', new OutputClosed(), 0, ''],
  ])('%s -> exit %i and one line', (_name, error, code, line) => {
    expect(exitCodeOf(error)).toBe(code);
    expect(formatError(error)).toBe(line);
  });

  it('hides an unknown error message (it may quote input) unless debugging', () => {
    const error = new SyntaxError('Unexpected token in "my secret words"');
    expect(exitCodeOf(error)).toBe(1);
    expect(formatError(error)).not.toContain('secret');
    expect(formatError(error)).toMatch(/^alliance: internal error \(SyntaxError\)/);
    expect(formatError(error, true)).toContain('secret');
  });

  it('lifts a parse error, keeping its code and preferring the caller position', () => {
    const parse = new TranscriptParseError('timestamp', 'bad cue time', 3, 'inner');
    const lifted = toCliError(parse, 'x.jsonl', 12);
    expect(lifted).toBeInstanceOf(InputError);
    expect((lifted as InputError).parseCode).toBe('timestamp');
    expect(formatError(lifted)).toBe('alliance: x.jsonl:12: bad cue time');
  });

  it.each([
    ['ENOENT', 'no such file or folder'],
    ['EACCES', 'permission denied'],
    ['EISDIR', 'is a folder'],
  ])('maps %s to words of our own', (code, text) => {
    expect(formatError(ioErrorFrom({ code }, 'f.txt'))).toBe(`alliance: f.txt: ${text}`);
  });
});
