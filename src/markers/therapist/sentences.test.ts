import { describe, expect, it } from 'vitest';
import { Kind, Tokens, hashWord, tokenize } from '../../text/index.js';
import { Sentences, splitSentences } from './sentences.js';
import { FILLERS, hashSet } from './words.js';

const fillers = hashSet(FILLERS);
const allRight = { all: hashWord('all'), right: hashWord('right') };

/** Each sentence as [its text, the text from its first non-filler word, its terminator]. */
const split = (text: string) => {
  const t = tokenize(text, new Tokens());
  const s = splitSentences(t, new Sentences(), fillers, allRight);
  return Array.from({ length: s.count }, (_, k) => {
    const start = s.start[k] ?? 0;
    const close = s.close[k] ?? 0;
    const first = s.first[k] ?? 0;
    const end = s.end[k] ?? 0;
    const opener = first < end ? text.slice(t.start[first], t.end[end - 1]) : '';
    const terminator = s.terminator[k] === Kind.Question ? '?' : s.terminator[k] ? '.' : '';
    return [text.slice(t.start[start], t.end[close - 1]), opener, terminator];
  });
};

describe('splitSentences', () => {
  it.each([
    [
      'Fine. And how?',
      [
        ['Fine.', 'Fine', '.'],
        ['And how?', 'how', '?'],
      ],
    ],
    ['Okay, so, what now', [['Okay, so, what now', 'what now', '']]],
    ['Right?!', [['Right?!', '', '?']]],
    ['Really...?', [['Really...?', 'Really', '?']]],
    ['All right, tell me.', [['All right, tell me.', 'tell me', '.']]],
    ['All of it?', [['All of it?', 'All of it', '?']]],
    ['... hmm', [['hmm', '', '']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('maps every word token to its sentence and reuses its buffers', () => {
    const out = new Sentences();
    const t = tokenize('One. Two three? Four', new Tokens());
    splitSentences(t, out, fillers, allRight);
    expect(Array.from(out.of.subarray(0, t.count))).toEqual([0, 0, 1, 1, 1, 2]);
    splitSentences(tokenize('a. '.repeat(100), t), out, fillers, allRight);
    expect(out.count).toBe(100);
  });
});
