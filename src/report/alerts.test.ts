import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import type { AlertCode } from './schema.js';
import { C, T, transcript, turns, type TurnSpec } from './test-helpers/fixtures.js';

const codes = (...specs: TurnSpec[]): AlertCode[] =>
  buildReport(transcript(), turns(...specs)).alerts.map((a) => a.code);

const crisisTurn = (negated = false): TurnSpec =>
  C("I'm not going to kill myself, I just feel stuck.", {
    counts: { crisis: 1 },
    findings: [
      { code: 'crisis', phrase: 'kill myself', rule: 'crisis.ideation.kill_self', negated },
    ],
  });
const closed = T('Is that right?', { labels: { behaviour: 'question', questionType: 'closed' } });
const long = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('alerts', () => {
  it('puts crisis first, one per utterance, with the utterance index and rule, even when negated', () => {
    const r = buildReport(
      transcript(),
      turns(
        closed,
        closed,
        closed,
        closed,
        T(long(400), { counts: { doingTo: 2 } }),
        crisisTurn(true),
        C('ok'),
        crisisTurn(),
      ),
    );
    expect(r.alerts[0]).toEqual({
      code: 'crisis',
      severity: 'critical',
      utterance: 5,
      rule: 'crisis.ideation.kill_self',
    });
    expect(r.alerts[1]).toMatchObject({ code: 'crisis', utterance: 7 });
    expect(r.alerts.slice(2).map((a) => a.code)).toEqual([
      'low_reflections',
      'few_open_questions',
      'doing_to',
      'high_talk_share',
    ]);
  });

  it('raises a crisis alert from counts alone when a marker gave no finding', () => {
    expect(codes(C('text', { counts: { crisis: 1 } }))).toEqual(['crisis']);
  });

  it('raises a crisis alert for a non-client speaker too', () => {
    const r = buildReport(
      transcript(),
      turns({
        role: 'other',
        text: 'He said he wants to die.',
        findings: [{ code: 'crisis', phrase: 'wants to die' }],
      }),
    );
    expect(r.alerts).toEqual([expect.objectContaining({ code: 'crisis', utterance: 0 })]);
  });

  it.each([
    {
      name: 'three closed questions: too few to judge',
      specs: [closed, closed, closed, C(long(10))],
      expected: [],
    },
    {
      name: 'four closed questions',
      specs: [closed, closed, closed, closed, C(long(10))],
      expected: ['low_reflections', 'few_open_questions'],
    },
    {
      name: 'open questions with two reflections each',
      specs: [
        ...Array.from({ length: 2 }, () =>
          T('How so?', { labels: { behaviour: 'question', questionType: 'open' } }),
        ),
        ...Array.from({ length: 4 }, () =>
          T('That hurt.', { labels: { behaviour: 'reflection', reflectionType: 'complex' } }),
        ),
        C(long(30)),
      ],
      expected: [],
    },
    {
      name: 'therapist talks 61% of the words',
      specs: [T(long(61)), C(long(39))],
      expected: ['high_talk_share'],
    },
    { name: 'therapist talks 60% of the words', specs: [T(long(60)), C(long(40))], expected: [] },
    {
      name: 'doing-to language',
      specs: [T('I will fix this for you.', { counts: { doingTo: 1 } }), C(long(20))],
      expected: ['doing_to'],
    },
  ])('$name', ({ specs, expected }) => {
    expect(codes(...specs)).toEqual(expected);
  });

  it.each([
    { words: 200, absolutist: 3, fires: false },
    { words: 200, absolutist: 4, fires: true },
    { words: 80, absolutist: 10, fires: false },
  ])(
    'absolutist spike: $absolutist in $words client words -> $fires',
    ({ words, absolutist, fires }) => {
      const got = codes(T(long(words)), C(long(words), { counts: { absolutist } }));
      expect(got.includes('absolutist_spike')).toBe(fires);
    },
  );

  const reliance = (widening = false): TurnSpec[] => [
    C("I don't know what I'd do without these sessions.", { counts: { reliance: 1 } }),
    T(widening ? 'Who else do you see during the week?' : 'Go on.', {
      counts: { widening: widening ? 1 : 0 },
    }),
  ];
  it.each([
    { name: 'no signals', specs: [C('fine'), T('ok')], level: 'none', severity: undefined },
    { name: 'one signal', specs: reliance(), level: 'watch', severity: 'info' },
    {
      name: 'two signals, support never widened',
      specs: [...reliance(), ...reliance()],
      level: 'concern',
      severity: 'warning',
    },
    {
      name: 'two signals, support widened',
      specs: [...reliance(true), ...reliance()],
      level: 'watch',
      severity: 'info',
    },
    {
      name: 'three signals, even with widening',
      specs: [...reliance(true), ...reliance(true), ...reliance(true)],
      level: 'concern',
      severity: 'warning',
    },
  ])('reliance watch: $name', ({ specs, level, severity }) => {
    const r = buildReport(transcript(), turns(...specs));
    expect(r.relianceWatch.level).toBe(level);
    expect(r.alerts.find((a) => a.code === 'reliance')?.severity).toBe(severity);
  });
});
