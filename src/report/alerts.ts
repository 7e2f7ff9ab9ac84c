// Alerts: what a clinician must see first. Crisis alerts are raised from the findings
// themselves (never from a score or a threshold) and always lead the list, negated or
// not, because a missed disclosure costs far more than a second look.
import type { UtteranceAnalysis } from '../engine/types.js';
import type { Alert, AlertCode, Report } from './schema.js';
import { mitiThresholds, alertThresholds as at } from './thresholds.js';

/** The reliance watch: client signals against the therapist's widening of support. */
export function relianceWatch(
  clientUtterances: readonly number[],
  clientSignals: number,
  wideningUtterances: readonly number[],
  wideningSupport: number,
): Report['relianceWatch'] {
  const signals = Math.max(clientSignals, clientUtterances.length);
  // Reliance met with widening support is being handled; unmet, or repeated, it is a concern.
  const level =
    signals === 0
      ? 'none'
      : signals >= at.relianceConcernSignals.value || (signals >= 2 && wideningSupport === 0)
        ? 'concern'
        : 'watch';
  return {
    level,
    clientSignals: signals,
    clientUtterances: [...clientUtterances],
    wideningSupport,
    wideningUtterances: [...wideningUtterances],
  };
}

/** One crisis alert per utterance with a crisis finding, in transcript order. */
export function crisisAlerts(utterances: readonly UtteranceAnalysis[]): Alert[] {
  const alerts: Alert[] = [];
  for (const u of utterances) {
    const f = u.findings.find((x) => x.code === 'crisis');
    if (f !== undefined)
      alerts.push({ code: 'crisis', severity: 'critical', utterance: u.index, rule: f.rule });
    else if (u.counts.crisis > 0)
      alerts.push({ code: 'crisis', severity: 'critical', utterance: u.index });
  }
  return alerts;
}

const severityRank = { critical: 0, warning: 1, info: 2 } as const;
const codeRank: Record<AlertCode, number> = {
  crisis: 0,
  reliance: 1,
  low_reflections: 2,
  few_open_questions: 3,
  doing_to: 4,
  high_talk_share: 5,
  absolutist_spike: 6,
};

/** Crisis first (in transcript order), then by severity, then by a fixed code order. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  return alerts
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        severityRank[x.a.severity] - severityRank[y.a.severity] ||
        codeRank[x.a.code] - codeRank[y.a.code] ||
        x.i - y.i,
    )
    .map((x) => x.a);
}

/** Every alert for the session, sorted. */
export function sessionAlerts(
  report: Pick<Report, 'therapist' | 'client' | 'miti' | 'relianceWatch'>,
  utterances: readonly UtteranceAnalysis[],
): Alert[] {
  const { therapist: t, client: c, relianceWatch: rw } = report;
  const alerts = crisisAlerts(utterances);
  const first = rw.clientUtterances[0];
  if (rw.level !== 'none') {
    const a: Alert = {
      code: 'reliance',
      severity: rw.level === 'concern' ? 'warning' : 'info',
      value: rw.clientSignals,
    };
    if (first !== undefined) a.utterance = first;
    alerts.push(a);
  }
  const enough = t.questions + t.reflections >= at.minimumBehaviours.value;
  const rq = report.miti.reflectionToQuestion;
  if (enough && rq.level === 'below' && rq.value !== null) {
    alerts.push({
      code: 'low_reflections',
      severity: 'warning',
      value: rq.value,
      threshold: mitiThresholds.reflectionToQuestion.fair,
    });
  }
  const open = report.miti.percentOpenQuestions;
  if (t.questions >= at.minimumBehaviours.value && open.level === 'below' && open.value !== null) {
    alerts.push({
      code: 'few_open_questions',
      severity: 'warning',
      value: open.value,
      threshold: mitiThresholds.percentOpenQuestions.fair,
    });
  }
  if (t.doingTo.count > 0) {
    const a: Alert = { code: 'doing_to', severity: 'info', value: t.doingTo.count };
    const u = utterances.find((x) => x.role === 'therapist' && x.counts.doingTo > 0);
    if (u !== undefined) a.utterance = u.index;
    alerts.push(a);
  }
  if (t.talkShare > at.highTalkShare.value) {
    alerts.push({
      code: 'high_talk_share',
      severity: 'info',
      value: t.talkShare,
      threshold: at.highTalkShare.value,
    });
  }
  const spike = at.absolutistBaseline.value * at.absolutistSpikeFactor.value;
  if (c.words >= at.absolutistMinimumWords.value && c.absolutist.per100Words > spike) {
    alerts.push({
      code: 'absolutist_spike',
      severity: 'info',
      value: c.absolutist.per100Words,
      threshold: spike,
    });
  }
  return sortAlerts(alerts);
}
