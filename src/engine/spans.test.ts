// Any text, however odd, must analyse without throwing, and every finding must point at
// characters of its own utterance: the UI highlights those spans.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../models/hashing.js';
import type { Transcript } from '../transcript/types.js';
import { Engine } from './engine.js';

const pieces = [
  'I always ',
  'never ',
  'we could ',
  'what would ',
  '? ',
  '!! ',
  '... ',
  "don't ",
  'don’t ',
  'kill myself ',
  'everyone ',
  'but one ',
  'If you start feeling better ',
  '😀',
  '\u0301',
  '\ud800',
  'É',
  '—',
  '  ',
  '\t',
  '12 ',
  "'",
  ',',
  'yeah ',
];

function randomTurn(random: () => number): string {
  let text = '';
  const n = Math.floor(random() * 30);
  for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
  return text;
}

describe('engine on arbitrary text', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: 200 turns analyse, every span inside its turn', (seed) => {
    const random = seededRandom(seed);
    const transcript: Transcript = {
      utterances: Array.from({ length: 200 }, (_, index) => ({
        index,
        role: random() < 0.5 ? 'therapist' : random() < 0.95 ? 'client' : 'other',
        speaker: String(index % 3),
        text: randomTurn(random),
      })),
    };
    const report = new Engine().analyze(transcript);
    expect(report.utterances).toHaveLength(200);
    for (const u of report.utterances) {
      for (const f of u.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
        expect(f.end).toBeLessThanOrEqual(u.text.length);
      }
    }
  });
});
