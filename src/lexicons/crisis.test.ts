import { describe, expect, it } from 'vitest';
import { Matches, LexiconMatcher } from './index.js';
import { Tokens, tokenize } from '../text/index.js';
import { crisisLexiconData, expand } from './crisis.js';

describe('expand', () => {
  it.each([
    ['want to die', ['want to die']],
    ['{want|wanna} to die', ['want to die', 'wanna to die']],
    ['{just|} end it', ['just end it', 'end it']],
    ['{kill {my|} self|end it}', ['kill my self', 'kill self', 'end it']],
  ])('%s', (pattern, phrases) => {
    expect(expand(pattern).sort()).toEqual([...phrases].sort());
  });

  it('refuses an unclosed group', () => {
    expect(() => expand('{want|wanna to die')).toThrow(/unclosed/);
  });
});

// Very common words as a first token would make the shared matcher try a phrase list at
// almost every token of every utterance, whoever speaks.
const COMMON_FIRST = new Set(['i', 'to', 'the', 'a', 'and', 'my', 'it', 'of', 'in', 'you', 'that']);

describe.each(crisisLexiconData)('lexicon $id', (lex) => {
  it('is documented data', () => {
    expect(lex.id).toMatch(/^crisis\.[a-z_]+\.[a-z_]+$/);
    expect(lex.description.length).toBeGreaterThan(10);
    expect(lex.source.length).toBeGreaterThan(5);
    expect(lex.terms.length).toBeGreaterThan(0);
  });

  it('fires on its own example', () => {
    const matcher = new LexiconMatcher([lex]);
    const matches = matcher.match(tokenize(lex.example, new Tokens()), new Matches());
    expect(matches.count).toBeGreaterThan(0);
  });

  it('starts no phrase with a very common word', () => {
    const bad = lex.terms.filter((t) => COMMON_FIRST.has(t.split(' ')[0] ?? ''));
    expect(bad).toEqual([]);
  });
});

it('has unique lexicon ids', () => {
  const ids = crisisLexiconData.map((l) => l.id);
  expect(new Set(ids).size).toBe(ids.length);
});
