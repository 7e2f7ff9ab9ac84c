// Mutated transcripts must give a Transcript or a TranscriptParseError: never another
// exception (a stack trace for the user) and never a hang. Seeded, so failures reproduce.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../models/hashing.js';
import {
  TranscriptParseError,
  parseTranscripts,
  type ParseOptions,
  type TranscriptFormat,
} from './index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
const formatOf: Record<string, TranscriptFormat> = {
  txt: 'txt',
  vtt: 'vtt',
  srt: 'srt',
  json: 'json',
  csv: 'csv',
};
const samples = readdirSync(dir)
  .filter((name) => /\.(txt|vtt|srt|json|csv)$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

// Pieces that parsers treat specially: separators, timestamps, quotes, markup, odd characters.
const splices = [
  '\n',
  '\r\n',
  '\n\n',
  ',',
  '"',
  '""',
  '-->',
  '00:00:01.000 --> 00:00:00.500',
  '99:99:99,999',
  '<v >',
  '<v Dr Lee>',
  '</v>',
  '{',
  '}',
  '[',
  ']',
  ':',
  'T:',
  'WEBVTT',
  'NOTE',
  '\u0000',
  '\ufeff',
  '\ud800',
  '😀',
  '\\',
  '1\n',
  'null',
  '{"version":1}',
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.4) {
      const piece = splices[Math.floor(random() * splices.length)] ?? '';
      out = out.slice(0, at) + piece + out.slice(at);
    } else if (kind < 0.8) {
      out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 40));
    } else out = out.slice(0, at);
  }
  return out;
}

describe('parsers under mutation', () => {
  it.each(samples)('$name: 300 mutants each parse or fail with a TranscriptParseError', (s) => {
    const random = seededRandom(s.name.length * 7919);
    const ext = s.name.split('.').pop() ?? '';
    const format = formatOf[ext];
    // session.csv needs column flags; its mutants still exercise the CSV reader's errors.
    for (let i = 0; i < 300; i++) {
      const text = mutate(s.text, random);
      const variants: ParseOptions[] = [{ source: s.name }];
      if (format !== undefined) variants.push({ source: s.name, format });
      for (const options of variants) {
        try {
          const transcripts = parseTranscripts(text, options);
          for (const t of transcripts) expect(Array.isArray(t.utterances)).toBe(true);
        } catch (error) {
          if (!(error instanceof TranscriptParseError)) {
            throw new Error(
              `mutant ${i} of ${s.name} threw ${String(error)}: ${JSON.stringify(text.slice(0, 300))}`,
            );
          }
          expect(error.message).not.toContain('\n');
        }
      }
    }
  });
});
