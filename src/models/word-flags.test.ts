import { describe, expect, it } from 'vitest';
import { hashWord } from '../text/index.js';
import { NEGATION, STOP, WordFlags } from './word-flags.js';

const flags = new WordFlags([
  { hashes: ['the', 'not', 'you'].map(hashWord), flag: STOP },
  { hashes: ['not', 'never'].map(hashWord), flag: NEGATION },
]);

describe('WordFlags', () => {
  it.each([
    ['the', STOP],
    ['The', STOP],
    ['not', STOP | NEGATION],
    ['never', NEGATION],
    ['garden', 0],
    ['nevermore', 0],
  ])('%s has flags %i', (word, expected) => {
    expect(flags.get(hashWord(word))).toBe(expected);
  });

  it('keeps every word of a long list (probing past collisions)', () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    const many = new WordFlags([{ hashes: words.map(hashWord), flag: STOP }]);
    expect(words.filter((w) => many.get(hashWord(w)) !== STOP)).toEqual([]);
    expect(many.get(hashWord('absent'))).toBe(0);
  });
});
