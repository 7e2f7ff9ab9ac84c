// The three strategy scores and the overall session score. The formulas are simple on
// purpose: a clinician must be able to see why a number moved, and each is monotone in
// its drivers (more of a good thing never lowers a score, more of a bad one never raises
// it). Targets are the level at which a part earns all its points.
import { ramp, saturate, smoothedShare } from './arith.js';
import type { ClientSummary, Report, TherapistSummary } from './schema.js';
import { combine, type ScorePart, type Scored } from './scoring.js';

/** Levels at which a part earns its full points. */
export const targets = {
  /** Collaborative we per 100 therapist words: a few "we"s a minute of talk. */
  weRate: 2,
  /** we / (I + we + you), percent: therapists say "you" most; a third "we" is a lot. */
  weShare: 30,
  /** Credit given per 100 words: about one every few turns of talk. */
  creditRate: 0.5,
  /** Doing-to per 100 words at which the penalty is full. */
  doingToRate: 0.5,
  /** MITI 4.2.1 "good" reflections per question. */
  reflectionRatio: 2,
  /** MITI 3.1.1 "good" percent open questions. */
  openPercent: 70,
  /** MITI 4.2.1 "good" percent complex reflections. */
  complexPercent: 50,
  /** Socratic questions in a session that earn full points. */
  socraticCount: 3,
  /** Future-oriented phrases per 100 words. */
  futureRate: 1,
} as const;

/** Therapist talk share (percent) where the learning penalty starts and where it is full. */
export const talkSharePenalty = { from: 50, to: 80 } as const;
/** The session score's talk-share penalty starts earlier: MI asks the client to talk most. */
export const sessionTalkSharePenalty = { from: 40, to: 80 } as const;

/** Reflections per question as a fraction of the target; all reflections and no questions is full marks. */
function reflectionPart(t: TherapistSummary, weight: number): ScorePart {
  const fraction =
    t.reflectionToQuestion !== null
      ? saturate(t.reflectionToQuestion, targets.reflectionRatio)
      : t.reflections > 0
        ? 1
        : null;
  return { code: 'reflection_ratio', value: t.reflectionToQuestion, fraction, weight };
}

const frac = (value: number | null, target: number): number | null =>
  value === null ? null : saturate(value, target);

const balance = (up: number, down: number): number | null =>
  up + down > 0 ? Math.round((up * 1000) / (up + down)) / 10 : null;

/** Team: collaborative we (rate and share), credit given, minus doing-to language. */
export function teamScore(t: TherapistSummary): Scored {
  return combine([
    {
      code: 'we_rate',
      value: t.weTalk.per100Words,
      fraction: saturate(t.weTalk.per100Words, targets.weRate),
      weight: 0.35,
    },
    {
      code: 'we_share',
      value: t.weShareOfPronouns,
      fraction: frac(t.weShareOfPronouns, targets.weShare),
      weight: 0.25,
    },
    {
      code: 'credit_rate',
      value: t.credit.per100Words,
      fraction: saturate(t.credit.per100Words, targets.creditRate),
      weight: 0.4,
    },
    {
      code: 'doing_to_rate',
      value: t.doingTo.per100Words,
      fraction: saturate(t.doingTo.per100Words, targets.doingToRate),
      weight: 0.4,
      penalty: true,
    },
  ]);
}

/** Learning: MITI ratios, Socratic questions, minus therapist talk share above half. */
export function learningScore(t: TherapistSummary): Scored {
  return combine([
    reflectionPart(t, 0.3),
    {
      code: 'open_percent',
      value: t.percentOpenQuestions,
      fraction: frac(t.percentOpenQuestions, targets.openPercent),
      weight: 0.25,
    },
    {
      code: 'complex_percent',
      value: t.percentComplexReflections,
      fraction: frac(t.percentComplexReflections, targets.complexPercent),
      weight: 0.25,
    },
    {
      code: 'socratic_count',
      value: t.socraticQuestions,
      fraction: saturate(t.socraticQuestions, targets.socraticCount),
      weight: 0.2,
    },
    {
      code: 'talk_share',
      value: t.talkShare,
      fraction: ramp(t.talkShare, talkSharePenalty.from, talkSharePenalty.to),
      weight: 0.3,
      penalty: true,
    },
  ]);
}

/** Confidence: presupposed over conditional change, confident over hedged, future talk. */
export function confidenceScore(t: TherapistSummary): Scored {
  const p = t.presupposedChange.count;
  const c = t.conditionalChange.count;
  const k = t.confident.count;
  const h = t.hedges.count;
  return combine([
    {
      code: 'presupposed_balance',
      value: balance(p, c),
      fraction: smoothedShare(p, c),
      weight: 0.4,
    },
    {
      code: 'confidence_balance',
      value: balance(k, h),
      fraction: smoothedShare(k, h),
      weight: 0.35,
    },
    {
      code: 'future_rate',
      value: t.futureOrientation.per100Words,
      fraction: saturate(t.futureOrientation.per100Words, targets.futureRate),
      weight: 0.25,
    },
  ]);
}

/**
 * Overall MI consistency, for ranking sessions (evaluated as AUC on AnnoMI high vs low
 * quality). It uses what expert-coded MI quality rests on: reflective listening, open
 * questions, depth of reflections, the client's own change talk, who does the talking,
 * and how much of the therapist's turns are advice or information.
 */
export function sessionScore(t: TherapistSummary, client: ClientSummary): Scored {
  const coded = t.questions + t.reflections + t.therapistInput + t.otherBehaviour;
  const inputShare = coded > 0 ? Math.round((t.therapistInput * 1000) / coded) / 10 : null;
  return combine([
    reflectionPart(t, 0.3),
    {
      code: 'open_percent',
      value: t.percentOpenQuestions,
      fraction: frac(t.percentOpenQuestions, targets.openPercent),
      weight: 0.15,
    },
    {
      code: 'complex_percent',
      value: t.percentComplexReflections,
      fraction: frac(t.percentComplexReflections, targets.complexPercent),
      weight: 0.15,
    },
    {
      code: 'change_talk_share',
      value: client.changeTalkShare,
      fraction: smoothedShare(client.changeTalk, client.sustainTalk),
      weight: 0.2,
    },
    {
      code: 'talk_share',
      value: t.talkShare,
      fraction: ramp(t.talkShare, sessionTalkSharePenalty.from, sessionTalkSharePenalty.to),
      weight: 0.2,
      penalty: true,
    },
    {
      code: 'input_share',
      value: inputShare,
      fraction: inputShare === null ? null : ramp(inputShare, 30, 70),
      weight: 0.2,
      penalty: true,
    },
  ]);
}

/** All four scores, in report form. */
export function scoreSession(
  t: TherapistSummary,
  client: ClientSummary,
): Pick<Report, 'strategies' | 'strategyDetails' | 'sessionScore' | 'sessionScoreDetails'> {
  const team = teamScore(t);
  const learning = learningScore(t);
  const confidence = confidenceScore(t);
  const session = sessionScore(t, client);
  return {
    strategies: { team: team.score, learning: learning.score, confidence: confidence.score },
    strategyDetails: {
      team: team.drivers,
      learning: learning.drivers,
      confidence: confidence.drivers,
    },
    sessionScore: session.score,
    sessionScoreDetails: session.drivers,
  };
}
