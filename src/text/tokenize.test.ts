import { describe, expect, it } from 'vitest';
import { Kind, Tokens, hashPhrase, hashWord, tokenize } from './index.js';

const words = (text: string): string[] => {
  const t = tokenize(text, new Tokens());
  return Array.from({ length: t.count }, (_, i) => t.word(i));
};

describe('tokenize', () => {
  it.each([
    ["Let's try it, shall we?", ["Let's", 'try', 'it', ',', 'shall', 'we', '?']],
    ['I don’t know... really', ['I', 'don’t', 'know', '.', '.', '.', 'really']],
    ['self-harm', ['self', 'harm']],
    ["'quoted' words", ['quoted', "'", 'words'].filter((w) => w !== "'")],
    ['Café 24/7 😀 ok', ['Café', '24', '7', 'ok']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('hashes case-insensitively and treats curly apostrophes as straight ones', () => {
    const t = tokenize('WE Don’t', new Tokens());
    expect(t.hash[0]).toBe(hashWord('we'));
    expect(t.hash[1]).toBe(hashWord("don't"));
    expect(hashPhrase('you and I')).toEqual([hashWord('you'), hashWord('and'), hashWord('i')]);
  });

  it('marks question marks and numbers', () => {
    const t = tokenize('Is it 5?', new Tokens());
    expect(Array.from(t.kind.subarray(0, t.count))).toEqual([
      Kind.Word,
      Kind.Word,
      Kind.Number,
      Kind.Question,
    ]);
  });

  it.each([
    'ÉCOLE école Straße ÀÖ',
    'Mixed 3rd 42 x2 ÆON',
    "It’s we're O'NEIL'S",
    'tabs\tand\nnew lines; colons: dashes — ok – yes',
  ])('hashes each token of %j as hashWord does, ASCII or not', (text) => {
    const t = tokenize(text, new Tokens());
    for (let i = 0; i < t.count; i++) {
      const k = t.kind[i];
      if (k !== Kind.Word && k !== Kind.Number) continue;
      expect(t.hash[i]).toBe(hashWord(t.word(i)));
      expect(k === Kind.Number).toBe(/^[0-9]+$/.test(t.word(i)));
    }
  });

  it('reuses and grows one buffer', () => {
    const t = new Tokens();
    tokenize('word '.repeat(2000), t);
    expect(t.count).toBe(2000);
    tokenize('one two', t);
    expect(t.count).toBe(2);
  });
});
