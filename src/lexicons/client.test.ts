import { describe, expect, it } from 'vitest';
import { absolutistLexicons, absolutistWords, expand } from './client.js';
import { LexiconMatcher, Matches } from './matcher.js';
import { Tokens, tokenize } from '../text/index.js';

describe('expand', () => {
  it.each([
    ['plain phrase', ['plain phrase']],
    ["{i'm|im} fine", ["i'm fine", 'im fine']],
    ['i {really|} want to', ['i really want to', 'i want to']],
    ['{a|b} {c|d}', ['a c', 'a d', 'b c', 'b d']],
    ['{x|x}', ['x']],
  ])('%j -> %j', (template, terms) => {
    expect(expand(template)).toEqual(terms);
  });
});

describe('absolutist lexicons as data', () => {
  it('keeps the published word list exactly (19 words)', () => {
    expect(absolutistWords.terms).toHaveLength(19);
    expect(new Set(absolutistWords.terms).size).toBe(19);
  });

  it.each(absolutistLexicons.map((l) => [l.id, l] as const))(
    '%s is documented and fires on its own example',
    (id, lexicon) => {
      expect(lexicon.description.length).toBeGreaterThan(10);
      expect(lexicon.source.length).toBeGreaterThan(0);
      const matcher = new LexiconMatcher([lexicon]);
      const hits = matcher.match(tokenize(lexicon.example, new Tokens()), new Matches());
      expect(hits.count, id).toBeGreaterThan(0);
    },
  );
});
