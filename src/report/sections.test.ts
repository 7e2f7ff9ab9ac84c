import { describe, expect, it } from 'vitest';
import {
  clientSummary,
  mitiLevel,
  mitiSummary,
  speakerSummaries,
  therapistSummary,
} from './sections.js';
import { C, T, turns, type TurnSpec } from './test-helpers/fixtures.js';
import { mitiThresholds } from './thresholds.js';
import { sumTotals } from './totals.js';

const q = (type: 'open' | 'closed'): TurnSpec =>
  T('What about it?', { labels: { behaviour: 'question', questionType: type } });
const r = (type: 'simple' | 'complex'): TurnSpec =>
  T('So it matters.', { labels: { behaviour: 'reflection', reflectionType: type } });
const times = (n: number, spec: TurnSpec): TurnSpec[] => Array.from({ length: n }, () => spec);

describe('therapist summary', () => {
  it.each([
    {
      name: 'no questions, no reflections',
      specs: [T('Hello there.')],
      rq: null,
      open: null,
      complex: null,
    },
    {
      name: '2 reflections per question',
      specs: [q('open'), r('simple'), r('complex')],
      rq: 2,
      open: 100,
      complex: 50,
    },
    {
      name: 'reflections but no questions',
      specs: [r('complex')],
      rq: null,
      open: null,
      complex: 100,
    },
    {
      name: '1 open of 3 questions',
      specs: [q('open'), q('closed'), q('closed'), r('simple')],
      rq: 0.33,
      open: 33.33,
      complex: 0,
    },
    {
      name: 'untyped questions count in the ratio, not the percent',
      specs: [T('Hm?', { labels: { behaviour: 'question' } }), q('open'), r('simple')],
      rq: 0.5,
      open: 100,
      complex: 0,
    },
  ])('$name', ({ specs, rq, open, complex }) => {
    const t = therapistSummary(sumTotals(turns(...specs)));
    expect(t.reflectionToQuestion).toBe(rq);
    expect(t.percentOpenQuestions).toBe(open);
    expect(t.percentComplexReflections).toBe(complex);
  });

  it('counts behaviours from labels, not from question marks', () => {
    const t = therapistSummary(
      sumTotals(
        turns(
          T('You felt let down?', {
            labels: { behaviour: 'reflection', reflectionType: 'simple' },
            counts: { questions: 1 },
          }),
        ),
      ),
    );
    expect([t.questions, t.reflections]).toEqual([0, 1]);
  });

  it.each([
    { we: 2, i: 1, you: 1, words: 50, rate: 4, share: 50 },
    { we: 0, i: 0, you: 0, words: 10, rate: 0, share: null },
    { we: 1, i: 0, you: 2, words: 300, rate: 0.33, share: 33.33 },
  ])(
    'we-talk rate and share: we=$we i=$i you=$you over $words words',
    ({ we, i, you, words, rate, share }) => {
      const t = therapistSummary(sumTotals(turns(T('words', { counts: { we, i, you, words } }))));
      expect(t.weTalk).toEqual({ count: we, per100Words: rate });
      expect(t.weShareOfPronouns).toBe(share);
    },
  );

  it("talk share is each side's percent of all words", () => {
    const totals = sumTotals(turns(T('one two three'), C('one'), T('four')));
    expect(therapistSummary(totals).talkShare).toBe(80);
    expect(clientSummary(totals).talkShare).toBe(20);
    expect(speakerSummaries(totals).map((s) => [s.name, s.utterances, s.words])).toEqual([
      ['Dr Rowan', 2, 4],
      ['Mika', 1, 1],
    ]);
  });
});

describe('MITI levels at the thresholds', () => {
  const rq = mitiThresholds.reflectionToQuestion;
  const cx = mitiThresholds.percentComplexReflections;
  const op = mitiThresholds.percentOpenQuestions;
  it.each([
    [null, rq, 'n/a'],
    [0.99, rq, 'below'],
    [1, rq, 'fair'],
    [1.99, rq, 'fair'],
    [2, rq, 'good'],
    [39.99, cx, 'below'],
    [40, cx, 'fair'],
    [50, cx, 'good'],
    [49.99, op, 'below'],
    [50, op, 'fair'],
    [70, op, 'good'],
  ] as const)('%s against %o is %s', (value, t, level) => {
    expect(mitiLevel(value, t)).toBe(level);
  });

  it('grades exact fractions from real counts (2 of 5 complex = 40% = fair; 7 of 10 open = good)', () => {
    const specs = [
      ...times(2, r('complex')),
      ...times(3, r('simple')),
      ...times(7, q('open')),
      ...times(3, q('closed')),
    ];
    const m = mitiSummary(therapistSummary(sumTotals(turns(...specs))));
    expect(m.percentComplexReflections).toMatchObject({ value: 40, level: 'fair' });
    expect(m.percentOpenQuestions).toMatchObject({ value: 70, level: 'good' });
    expect(m.reflectionToQuestion).toMatchObject({ value: 0.5, level: 'below' });
  });
});

describe('client summary', () => {
  it('sums absolutist rate, distortions by type, talk types and reliance', () => {
    const c = clientSummary(
      sumTotals(
        turns(
          C('I never get anything right, nothing ever works.', {
            labels: { talkType: 'sustain' },
            counts: { absolutist: 3, distortions: 1 },
            findings: [
              {
                code: 'distortion',
                phrase: 'I never get anything right',
                distortion: 'all_or_nothing',
              },
            ],
          }),
          C('I will call my sister this week.', { labels: { talkType: 'change' } }),
          C('I will.', { labels: { talkType: 'change' } }),
          C('Nobody else listens to me like you do.', {
            labels: { talkType: 'neutral' },
            counts: { reliance: 1 },
          }),
        ),
      ),
    );
    expect(c.absolutist).toEqual({ count: 3, per100Words: 12 });
    expect(c.distortions.byType.all_or_nothing).toBe(1);
    expect(c.distortions.byType.labeling).toBe(0);
    expect([c.changeTalk, c.sustainTalk, c.neutral, c.changeTalkShare]).toEqual([2, 1, 1, 66.67]);
    expect(c.reliance).toEqual({ count: 1, utterances: [3] });
  });

  it('has no change-talk share without change or sustain talk', () => {
    expect(
      clientSummary(sumTotals(turns(C('Fine.', { labels: { talkType: 'neutral' } }))))
        .changeTalkShare,
    ).toBeNull();
  });
});
