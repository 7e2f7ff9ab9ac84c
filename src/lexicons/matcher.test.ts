import { describe, expect, it } from 'vitest';
import { Tokens, tokenize } from '../text/index.js';
import { LexiconMatcher, Matches } from './matcher.js';
import type { Lexicon } from './types.js';

const lex = (id: string, terms: string[]): Lexicon => ({
  id,
  description: id,
  example: terms[0] ?? '',
  source: 'project',
  terms,
});

const hits = (matcher: LexiconMatcher, text: string): string[] => {
  const tokens = tokenize(text, new Tokens());
  const m = matcher.match(tokens, new Matches());
  return Array.from({ length: m.count }, (_, k) => {
    const words = [];
    for (let t = m.start[k] ?? 0; t < (m.end[k] ?? 0); t++) words.push(tokens.word(t));
    return `${matcher.lexicons[m.lexicon[k] ?? 0]?.id}:${words.join(' ')}`;
  });
};

describe('LexiconMatcher', () => {
  const matcher = new LexiconMatcher([
    lex('we', ['we', "let's", 'you and i']),
    lex('all', ['all', 'all right']),
    lex('you', ['you']),
  ]);

  it.each([
    ["Let's see, you and I can do it.", ["we:Let's", 'we:you and I', 'you:you']],
    ['All right, all of it', ['all:All right', 'all:All', 'all:all']],
    ['you and', ['you:you']],
    ['nothing here', []],
    ['', []],
  ])('finds every hit, longest first per start: %j', (text, expected) => {
    expect(hits(matcher, text)).toEqual(expected);
  });

  it('agrees with a naive scan on many phrases sharing first words', () => {
    const words = ['i', 'am', 'not', 'going', 'to', 'be', 'here', 'anymore', 'so', 'tired'];
    const terms: string[] = [];
    for (let a = 0; a < words.length; a++)
      for (let b = 0; b < words.length; b += 3) terms.push(`${words[a]} ${words[b]}`);
    const big = new LexiconMatcher([lex('x', terms), lex('y', words)]);
    const text = 'I am not going to be here anymore, so tired I am. Not to be.';
    const tokens = tokenize(text, new Tokens());
    const lower = Array.from({ length: tokens.count }, (_, i) => tokens.word(i).toLowerCase());
    const expected: string[] = [];
    for (let i = 0; i < lower.length; i++) {
      const pair = `${lower[i]} ${lower[i + 1]}`;
      if (terms.includes(pair)) expected.push(`x:${pair}`);
      if (words.includes(lower[i] ?? '')) expected.push(`y:${lower[i]}`);
    }
    expect(hits(big, text).map((h) => h.toLowerCase())).toEqual(expected);
  });

  it('finds every term of every shipped lexicon, whole (the packed edges and their filter lose none)', async () => {
    const { allLexicons } = await import('../engine/pipeline.js');
    const shipped = new LexiconMatcher(allLexicons);
    const tokens = new Tokens();
    const out = new Matches();
    let checked = 0;
    const missed: string[] = [];
    allLexicons.forEach((lexicon, n) => {
      for (const term of lexicon.terms) {
        tokenize(term, tokens);
        shipped.match(tokens, out);
        let found = false;
        for (let k = 0; k < out.count; k++)
          found ||= out.lexicon[k] === n && out.start[k] === 0 && out.end[k] === tokens.count;
        if (!found) missed.push(`${lexicon.id}: ${term}`);
        checked++;
      }
    });
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('rejects duplicate lexicon ids and unknown ids', () => {
    expect(() => new LexiconMatcher([lex('a', ['x']), lex('a', ['y'])])).toThrow(/duplicate/);
    expect(() => matcher.id('nope')).toThrow(/unknown/);
  });
});
