import { describe, expect, it } from 'vitest';
import { topMoments } from './moments.js';
import { C, T, turns, type TurnSpec } from './test-helpers/fixtures.js';

const closed = (i: number): TurnSpec =>
  T(`Is it number ${i}?`, { findings: [{ code: 'closed_question', phrase: 'Is it' }] });
const crisis = C('I want to end it all.', { findings: [{ code: 'crisis', phrase: 'end it all' }] });
const credit = T('You made that happen.', {
  findings: [{ code: 'credit', phrase: 'You made that happen' }],
});

describe('moments', () => {
  it('lists crisis first and never cuts it, whatever the limit', () => {
    const m = topMoments(turns(closed(1), crisis, closed(2), crisis), 1);
    expect(m.map((x) => [x.code, x.utterance])).toEqual([
      ['crisis', 1],
      ['crisis', 3],
    ]);
  });

  it('takes one of each kind before a second of any kind', () => {
    const m = topMoments(turns(closed(1), closed(2), closed(3), credit), 2);
    expect(m.map((x) => [x.code, x.positive])).toEqual([
      ['closed_question', false],
      ['credit', true],
    ]);
  });

  it.each([
    { name: 'complex reflection is a good moment', type: 'complex' as const, listed: true },
    { name: 'simple reflection is not', type: 'simple' as const, listed: false },
  ])('$name', ({ type, listed }) => {
    const u = turns(
      T('You sound worn down.', {
        labels: { behaviour: 'reflection', reflectionType: type },
        findings: [{ code: 'reflection', phrase: 'worn down' }],
      }),
    );
    expect(topMoments(u, 5).length).toBe(listed ? 1 : 0);
  });

  it('keeps the span and suggestion of a conditional change, and skips one without a suggestion', () => {
    const u = turns(
      T('If you start feeling better, call me.', {
        findings: [
          {
            code: 'conditional_change',
            phrase: 'If you start feeling better',
            suggestion: 'As you start feeling better',
          },
        ],
      }),
      T('If it rains we stay in.', {
        findings: [{ code: 'conditional_change', phrase: 'If it rains' }],
      }),
    );
    expect(topMoments(u, 5)).toEqual([
      {
        utterance: 0,
        code: 'conditional_change',
        rule: 'test.conditional_change',
        start: 0,
        end: 27,
        suggestion: 'As you start feeling better',
        positive: false,
      },
    ]);
  });

  it('lists one moment per utterance and kind', () => {
    const u = turns(
      T('Is it this, is it that?', {
        findings: [
          { code: 'closed_question', phrase: 'Is it this' },
          { code: 'closed_question', phrase: 'is it that' },
        ],
      }),
    );
    expect(topMoments(u, 5)).toHaveLength(1);
  });

  it('returns nothing when the limit is 0 and there is no crisis', () => {
    expect(topMoments(turns(closed(1), credit), 0)).toEqual([]);
  });
});
