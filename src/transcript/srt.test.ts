import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';
import { failure, turns } from './test-helpers/index.js';

const srt = (text: string): string[] => turns(parseTranscript(text, { format: 'srt' }));

describe('SRT', () => {
  it.each([
    [
      'numbered cues with Name: prefixes',
      '1\n00:00:01,000 --> 00:00:04,000\nAna: How was the week?\n\n2\n00:00:05,000 --> 00:00:06,500\nBo: Long.\n',
      ['Ana|therapist|How was the week?|1|4', 'Bo|client|Long.|5|6.5'],
    ],
    [
      'cues without a speaker continue the previous speaker',
      '1\n00:00:01,000 --> 00:00:02,000\nAna: So what\n\n2\n00:00:02,000 --> 00:00:03,000\nhappened next?\n\n3\n00:00:04,000 --> 00:00:05,000\nBo: I left.\n',
      ['Ana|therapist|So what happened next?|1|3', 'Bo|client|I left.|4|5'],
    ],
    [
      'tags, position codes, dialogue dashes, CRLF and missing cue numbers',
      '\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}<i>Counsellor: Welcome back.</i>\r\n\r\n00:00:03,000 --> 00:00:04,000\r\n- Client: <font color="#fff">Thanks.</font>\r\n',
      ['Counsellor|therapist|Welcome back.|1|2', 'Client|client|Thanks.|3|4'],
    ],
    [
      'multi-line cue text joins with spaces',
      '1\n00:00:01,000 --> 00:00:03,000\nT: What would help\nmost this week?\n\n2\n00:00:04,000 --> 00:00:05,000\nC: Sleep.\n',
      ['T|therapist|What would help most this week?|1|3', 'C|client|Sleep.|4|5'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(srt(text)).toEqual(expected);
  });

  it.each([
    ['seconds over 59', '1\n00:00:01,000 --> 00:00:60,000\nAna: Hi.\n', 'timestamp', 2],
    [
      'end before start',
      '1\n00:00:01,000 --> 00:00:04,000\nAna: Hi.\n\n2\n00:00:09,000 --> 00:00:05,000\nBo: Hi.\n',
      'timestamp',
      6,
    ],
    ['text where a cue should start', 'Ana: Hi there.\n', 'syntax', 1],
    ['cue number without timing', '1\nAna: Hi there.\n', 'syntax', 1],
  ])('%s -> %s', (_name, text, code, line) => {
    expect(failure(() => parseTranscript(text, { format: 'srt' })).slice(0, 2)).toEqual([
      code,
      line,
    ]);
  });
});
