// Every human sentence the report shows, keyed by code. Kept apart from the numbers so
// the wording can be reviewed (plain, kind, for clinicians) and translated in one place.
import type { CrisisKind, DistortionType, FindingCode } from '../markers/types.js';
import type { Alert, Driver, DriverCode, Level } from './schema.js';

/** "1 turn", "2 turns": counts in sentences read better than "turn(s)". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** Short names of finding codes. */
export const findingNames: Record<FindingCode, string> = {
  we_talk: 'We-talk',
  institutional_we: 'Institutional "we"',
  doing_to: 'Doing-to language',
  credit: 'Credit to the client',
  open_question: 'Open question',
  closed_question: 'Closed question',
  socratic_question: 'Socratic question',
  reflection: 'Reflection',
  presupposed_change: 'Change presupposed',
  conditional_change: 'Change made conditional',
  hedge: 'Hedge',
  confident: 'Confident statement',
  future_orientation: 'Future focus',
  widening_support: 'Widening support',
  absolutist: 'Absolutist word',
  distortion: 'Distorted thinking',
  change_talk: 'Change talk',
  sustain_talk: 'Sustain talk',
  reliance: 'Reliance on therapy',
  crisis: 'Possible crisis statement',
};

/** Why a moment is worth another look, by code. */
export const momentNotes: Partial<Record<FindingCode, string>> = {
  crisis: 'Read this turn closely and follow your safety protocol.',
  conditional_change: 'Framed with "if"; presupposing the change can raise expectation.',
  closed_question: 'A closed question; an open one could invite the client to say more.',
  doing_to: 'You as the only agent; consider making it something you do together.',
  distortion: 'A thinking pattern that may be worth exploring with the client.',
  reliance: 'The client leans on the sessions; consider who else can support them.',
  credit: 'Credit went to the client. Keep doing this.',
  socratic_question: 'A question that invites the client to examine a belief. Well done.',
  reflection: 'A complex reflection that adds meaning. Good listening.',
};

/** Names of the eleven distortions. */
export const distortionNames: Record<DistortionType, string> = {
  all_or_nothing: 'All-or-nothing',
  overgeneralization: 'Overgeneralization',
  mental_filter: 'Mental filter',
  disqualifying_positive: 'Disqualifying the positive',
  mind_reading: 'Mind reading',
  fortune_telling: 'Fortune telling',
  magnification: 'Magnification',
  emotional_reasoning: 'Emotional reasoning',
  should_statements: 'Should statements',
  labeling: 'Labeling',
  personalization: 'Personalization',
};

/** Names of crisis kinds. */
export const crisisKindNames: Record<CrisisKind, string> = {
  ideation: 'suicidal thoughts',
  intent: 'intent',
  plan: 'a plan',
  method: 'method',
  self_harm: 'self-harm',
  indirect: 'indirect wording',
  slang: 'slang',
};

/** Names of the three strategies. */
export const strategyNames = {
  team: 'Speak as a team',
  learning: 'Therapy as learning',
  confidence: 'Expect change',
} as const;

/** Level names. */
export const levelNames: Record<Level, string> = {
  good: 'good',
  fair: 'fair',
  below: 'below fair',
  'n/a': 'not measured',
};

const fmt = (v: number | null | undefined, unit = ''): string =>
  v === null || v === undefined ? 'none seen' : `${Math.round(v * 100) / 100}${unit}`;

const driverTexts: Record<DriverCode, (v: string) => string> = {
  we_rate: (v) => `Collaborative "we": ${v} per 100 words`,
  we_share: (v) => `"We" among I/we/you: ${v}`,
  credit_rate: (v) => `Credit given to the client: ${v} per 100 words`,
  doing_to_rate: (v) => `Doing-to language: ${v} per 100 words`,
  reflection_ratio: (v) => `Reflections per question: ${v}`,
  open_percent: (v) => `Open questions: ${v}`,
  complex_percent: (v) => `Complex reflections: ${v}`,
  socratic_count: (v) => `Socratic questions: ${v}`,
  talk_share: (v) => `Therapist share of the talk: ${v}`,
  presupposed_balance: (v) => `Change presupposed rather than conditional: ${v}`,
  confidence_balance: (v) => `Confident rather than hedged: ${v}`,
  future_rate: (v) => `Future-focused talk: ${v} per 100 words`,
  change_talk_share: (v) => `Client change talk among change and sustain talk: ${v}`,
  input_share: (v) => `Advice and information among therapist turns: ${v}`,
};

const percentDrivers = new Set<DriverCode>([
  'we_share',
  'open_percent',
  'complex_percent',
  'talk_share',
  'presupposed_balance',
  'confidence_balance',
  'change_talk_share',
  'input_share',
]);

/** One line explaining a driver: what was measured and the points it earned or cost. */
export function driverText(d: Driver): string {
  const value = fmt(d.value, percentDrivers.has(d.code) ? '%' : '');
  const pts = d.penalty
    ? `${plural(-d.points, 'point')} off`
    : `${d.points} of ${plural(d.maxPoints, 'point')}`;
  return `${driverTexts[d.code](value)} (${pts})`;
}

/** One sentence per alert. */
export function alertText(a: Alert): string {
  const v = fmt(a.value);
  const t = fmt(a.threshold);
  switch (a.code) {
    case 'crisis':
      return 'Possible crisis statement. Read this turn first and follow your safety protocol.';
    case 'reliance':
      return `The client spoke of relying on the sessions (${plural(a.value ?? 0, 'time')}). Consider widening their support.`;
    case 'low_reflections':
      return `Reflections per question ${v}, below the MITI fair level of ${t}.`;
    case 'few_open_questions':
      return `Open questions ${v}%, below the MITI fair level of ${t}%.`;
    case 'doing_to':
      return `Doing-to language ${plural(a.value ?? 0, 'time')}: the therapist as the only agent of change.`;
    case 'high_talk_share':
      return `The therapist spoke ${v}% of the words (above ${t}%). Leave more room for the client.`;
    case 'absolutist_spike':
      return `The client used absolutist words at ${v} per 100 words (above ${t}). Worth gently exploring.`;
  }
}
