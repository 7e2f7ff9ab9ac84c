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

describe('matcher over expanded lexicons', () => {
  it.each([
    ['I want to keep going', ['i want to keep going', 'i want to', 'want'], [5, 3, 1]],
    ['so I want to', ['i want to', 'i want to keep going'], [3]],
  ])('finds every hit in %j, longest first per start', (text, terms, lengths) => {
    const lexicons = terms.map((t, n) => ({
      id: `t${n}`,
      description: '',
      example: '',
      source: '',
      terms: [t],
    }));
    const hits = new LexiconMatcher(lexicons).match(tokenize(text, new Tokens()), new Matches());
    const found: number[] = [];
    for (let i = 0; i < hits.count; i++) found.push((hits.end[i] ?? 0) - (hits.start[i] ?? 0));
    expect(found).toEqual(lengths);
  });
});
