import { describe, expect, it } from 'vitest';
import { Tokens, tokenize } from '../text/index.js';
import { Matches, LexiconMatcher } from './index.js';
import { conditionalRewrites, therapistLexicons } from './therapist.js';

const matcher = new LexiconMatcher(therapistLexicons);
/** How many hits lexicon `id` has in `text`. */
const hits = (id: string, text: string): number => {
  const m = matcher.match(tokenize(text, new Tokens()), new Matches());
  const n = matcher.id(id);
  let count = 0;
  for (let i = 0; i < m.count; i++) if (m.lexicon[i] === n) count++;
  return count;
};

describe('therapist lexicons as data', () => {
  it('have unique ids under therapist.', () => {
    const ids = therapistLexicons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^therapist\.[a-z_.]+$/);
  });

  it.each(therapistLexicons.map((l) => [l.id, l] as const))(
    '%s is documented and its example fires',
    (id, lexicon) => {
      expect(lexicon.description.length).toBeGreaterThan(10);
      expect(lexicon.source.length).toBeGreaterThan(3);
      expect(lexicon.terms.length).toBeGreaterThan(0);
      expect(new Set(lexicon.terms).size).toBe(lexicon.terms.length);
      for (const term of lexicon.terms) expect(term).toBe(term.toLowerCase());
      expect(hits(id, lexicon.example)).toBeGreaterThan(0);
    },
  );

  it('gives every conditional a rewrite that no longer starts with "if"', () => {
    for (const { term, rewrite } of conditionalRewrites) {
      expect(term.startsWith('if ')).toBe(true);
      expect(rewrite).not.toMatch(/^if\b/);
    }
  });
});
