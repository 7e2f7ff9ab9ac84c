// The counting sections of the report: speakers, therapist, MITI and client. Each is
// plain arithmetic over the totals; the judgement calls live in strategies and alerts.
import { per100, percentOf, ratio } from './arith.js';
import type {
  ClientSummary,
  Level,
  MitiMetric,
  Rate,
  Report,
  SpeakerSummary,
  TherapistSummary,
} from './schema.js';
import { mitiThresholds, type MitiThreshold } from './thresholds.js';
import type { Totals } from './totals.js';

const share = (words: number, total: number): number => percentOf(words, total) ?? 0;

/** Per-speaker totals in order of first appearance. */
export function speakerSummaries(totals: Totals): SpeakerSummary[] {
  const out: SpeakerSummary[] = [];
  for (const [name, s] of totals.speakers) {
    out.push({
      name,
      role: s.role,
      utterances: s.utterances,
      words: s.words,
      talkShare: share(s.words, totals.words),
    });
  }
  return out;
}

/** The therapist side: rates of each marker and the behaviour counts from labels. */
export function therapistSummary(totals: Totals): TherapistSummary {
  const t = totals.byRole.therapist;
  const c = t.counts;
  const rate = (count: number): Rate => ({ count, per100Words: per100(count, c.words) });
  const l = t.labels;
  return {
    words: c.words,
    utterances: t.utterances,
    talkShare: share(c.words, totals.words),
    weTalk: rate(c.we),
    institutionalWe: rate(c.institutionalWe),
    iTalk: rate(c.i),
    youTalk: rate(c.you),
    doingTo: rate(c.doingTo),
    credit: rate(c.credit),
    presupposedChange: rate(c.presupposed),
    conditionalChange: rate(c.conditional),
    hedges: rate(c.hedges),
    confident: rate(c.confident),
    futureOrientation: rate(c.future),
    wideningSupport: rate(c.widening),
    weShareOfPronouns: percentOf(c.we, c.i + c.we + c.you),
    questions: l.questions,
    openQuestions: l.open,
    closedQuestions: l.closed,
    socraticQuestions: c.socraticQuestions,
    reflections: l.reflections,
    simpleReflections: l.simple,
    complexReflections: l.complex,
    therapistInput: l.input,
    otherBehaviour: l.other,
    reflectionToQuestion: ratio(l.reflections, l.questions),
    // Only typed questions/reflections enter the percentages: an untyped one says nothing.
    percentOpenQuestions: percentOf(l.open, l.open + l.closed),
    percentComplexReflections: percentOf(l.complex, l.simple + l.complex),
  };
}

/** Grade a value against fair/good thresholds; equal to a threshold reaches it. */
export function mitiLevel(value: number | null, t: Pick<MitiThreshold, 'fair' | 'good'>): Level {
  if (value === null) return 'n/a';
  if (value >= t.good) return 'good';
  if (value >= t.fair) return 'fair';
  return 'below';
}

const metric = (value: number | null, t: MitiThreshold): MitiMetric => ({
  value,
  fair: t.fair,
  good: t.good,
  level: mitiLevel(value, t),
});

/** The MITI summary scores with their thresholds and levels. */
export function mitiSummary(t: TherapistSummary): Report['miti'] {
  return {
    reflectionToQuestion: metric(t.reflectionToQuestion, mitiThresholds.reflectionToQuestion),
    percentOpenQuestions: metric(t.percentOpenQuestions, mitiThresholds.percentOpenQuestions),
    percentComplexReflections: metric(
      t.percentComplexReflections,
      mitiThresholds.percentComplexReflections,
    ),
  };
}

/** The client side: absolutist and distorted thinking, talk types, reliance and crisis. */
export function clientSummary(totals: Totals): ClientSummary {
  const t = totals.byRole.client;
  const c = t.counts;
  const l = t.labels;
  return {
    words: c.words,
    utterances: t.utterances,
    talkShare: share(c.words, totals.words),
    absolutist: { count: c.absolutist, per100Words: per100(c.absolutist, c.words) },
    distortions: {
      count: c.distortions,
      per100Words: per100(c.distortions, c.words),
      byType: { ...t.distortionsByType },
    },
    changeTalk: l.change,
    sustainTalk: l.sustain,
    neutral: l.neutral,
    changeTalkShare: percentOf(l.change, l.change + l.sustain),
    reliance: { count: c.reliance, utterances: t.relianceUtterances },
    crisis: { count: t.crisisUtterances.length, utterances: t.crisisUtterances },
  };
}
