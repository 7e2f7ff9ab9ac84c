import { describe, expect, it } from 'vitest';
import { detectFormat } from './index.js';

describe('detectFormat', () => {
  it.each([
    ['session.TXT', 'anything', 'txt'],
    ['a/b.c/zoom.vtt', 'T: hi', 'vtt'],
    ['x.srt', '', 'srt'],
    ['x.json', '', 'json'],
    ['x.jsonl', '', 'json'],
    ['x.csv', '', 'csv'],
    ['x.tsv', '', 'csv'],
  ])('by extension: %s -> %s', (source, text, format) => {
    expect(detectFormat(source, text)).toBe(format);
  });

  it.each([
    ['WebVTT header', '\ufeffWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n', 'vtt'],
    ['VTT timing without header', '1\n00:00:01.000 --> 00:00:02.000\nA: hi\n', 'vtt'],
    ['SRT timing', '1\n00:00:01,000 --> 00:00:02,000\nA: hi\n', 'srt'],
    ['JSON object', '  {"version": 1}', 'json'],
    ['JSON array', '[\n {"speaker": "A"}]', 'json'],
    ['timestamped text is not JSON', '[00:00:01] T: hi\n', 'txt'],
    [
      'CSV header',
      'transcript_id,utterance_id,interlocutor,utterance_text\n0,0,therapist,Hi\n',
      'csv',
    ],
    ['text with commas is not CSV', 'T: Well, yes, I think so.\nC: Right, ok.\n', 'txt'],
    [
      'prose with commas is not CSV',
      'So, we talked about sleep, work, and what might help this week?\n',
      'txt',
    ],
    ['plain labels', 'Dr Lee: Hello.\nSam: Hi.\n', 'txt'],
    ['empty', '', 'txt'],
  ])('by content: %s -> %s', (_name, text, format) => {
    expect(detectFormat('-', text)).toBe(format);
    expect(detectFormat(undefined, text)).toBe(format);
  });
});
