import { describe, expect, it } from 'vitest';
import type { ClientSummary, TherapistSummary } from './schema.js';
import { clientSummary, therapistSummary } from './sections.js';
import { confidenceScore, learningScore, sessionScore, teamScore } from './strategies.js';
import { C, T, turns } from './test-helpers/fixtures.js';
import { sumTotals } from './totals.js';

// A middling session, so that every driver has room to move both ways.
const totals = sumTotals(
  turns(
    T('What brings you here today and how can we help?', {
      labels: { behaviour: 'question', questionType: 'open' },
      counts: { we: 1, you: 1 },
    }),
    C('Work has been too much lately and I keep avoiding it.', { labels: { talkType: 'sustain' } }),
    T('Did it start in the spring?', {
      labels: { behaviour: 'question', questionType: 'closed' },
      counts: { you: 1 },
    }),
    C('Yes, around then, and I want it to change now.', { labels: { talkType: 'change' } }),
    T('You noticed it early, which matters.', {
      labels: { behaviour: 'reflection', reflectionType: 'simple' },
      counts: { you: 1, credit: 1 },
    }),
  ),
);
const baseT: TherapistSummary = therapistSummary(totals);
const baseC: ClientSummary = clientSummary(totals);

type Tweak = (t: TherapistSummary, c: ClientSummary, k: number) => void;
const rate =
  (
    key:
      | 'weTalk'
      | 'credit'
      | 'doingTo'
      | 'presupposedChange'
      | 'conditionalChange'
      | 'hedges'
      | 'confident'
      | 'futureOrientation',
  ): Tweak =>
  (t, _c, k) => {
    t[key] = { count: k, per100Words: k * 0.5 };
  };

const score = {
  team: (t: TherapistSummary) => teamScore(t).score,
  learning: (t: TherapistSummary) => learningScore(t).score,
  confidence: (t: TherapistSummary) => confidenceScore(t).score,
  session: (t: TherapistSummary, c: ClientSummary) => sessionScore(t, c).score,
};

// Each driver, the score it feeds, and whether more of it should raise (+1) or lower (-1) it.
const cases: [string, keyof typeof score, Tweak, 1 | -1][] = [
  ['we-talk rate', 'team', rate('weTalk'), 1],
  ['we share', 'team', (t, _c, k) => void (t.weShareOfPronouns = k * 5), 1],
  ['credit', 'team', rate('credit'), 1],
  ['doing-to', 'team', rate('doingTo'), -1],
  ['reflection ratio', 'learning', (t, _c, k) => void (t.reflectionToQuestion = k * 0.25), 1],
  ['open percent', 'learning', (t, _c, k) => void (t.percentOpenQuestions = k * 10), 1],
  ['complex percent', 'learning', (t, _c, k) => void (t.percentComplexReflections = k * 10), 1],
  ['Socratic questions', 'learning', (t, _c, k) => void (t.socraticQuestions = k), 1],
  ['talk share (learning)', 'learning', (t, _c, k) => void (t.talkShare = k * 10), -1],
  ['presupposed change', 'confidence', rate('presupposedChange'), 1],
  ['conditional change', 'confidence', rate('conditionalChange'), -1],
  ['confident statements', 'confidence', rate('confident'), 1],
  ['hedges', 'confidence', rate('hedges'), -1],
  ['future orientation', 'confidence', rate('futureOrientation'), 1],
  [
    'reflection ratio (session)',
    'session',
    (t, _c, k) => void (t.reflectionToQuestion = k * 0.25),
    1,
  ],
  ['change talk', 'session', (_t, c, k) => void (c.changeTalk = k), 1],
  ['sustain talk', 'session', (_t, c, k) => void (c.sustainTalk = k), -1],
  ['talk share (session)', 'session', (t, _c, k) => void (t.talkShare = k * 10), -1],
  ['advice share', 'session', (t, _c, k) => void (t.therapistInput = k), -1],
];

describe('strategy scores', () => {
  it.each(cases)('%s moves the %s score monotonically', (_name, which, tweak, sign) => {
    const values: number[] = [];
    for (let k = 0; k <= 10; k++) {
      const t = structuredClone(baseT);
      const c = structuredClone(baseC);
      tweak(t, c, k);
      values.push(score[which](t, c));
    }
    for (let i = 1; i < values.length; i++) {
      expect(sign * ((values[i] ?? 0) - (values[i - 1] ?? 0))).toBeGreaterThanOrEqual(0);
    }
    // Not flat: the driver must actually move the score across its range.
    expect(sign * ((values.at(-1) ?? 0) - (values[0] ?? 0))).toBeGreaterThan(0);
  });

  it.each([
    ['team', teamScore(baseT)],
    ['learning', learningScore(baseT)],
    ['confidence', confidenceScore(baseT)],
    ['session', sessionScore(baseT, baseC)],
  ] as const)('%s score is an integer 0-100 whose drivers add up to it', (_name, s) => {
    expect(Number.isInteger(s.score)).toBe(true);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(100);
    const sum = s.drivers.reduce((a, d) => a + d.points, 0);
    expect(Math.abs(Math.max(0, Math.min(100, sum)) - s.score)).toBeLessThanOrEqual(1);
  });

  it('leaves out parts with nothing to measure instead of scoring them as zero', () => {
    const t = structuredClone(baseT);
    t.percentOpenQuestions = null;
    t.percentComplexReflections = null;
    const codes = learningScore(t).drivers.map((d) => d.code);
    expect(codes).not.toContain('open_percent');
    expect(codes).not.toContain('complex_percent');
  });

  it('scores a silent therapist as zero on team and learning, neutral on confidence', () => {
    const t = therapistSummary(sumTotals(turns(C('Hello.'))));
    expect([teamScore(t).score, learningScore(t).score, confidenceScore(t).score]).toEqual([
      0, 0, 38,
    ]);
  });
});
