// Assembles the report from the per-utterance results. Pure and linear in the number of
// findings, so it adds little to the analysis itself.
import type { UtteranceAnalysis } from '../engine/types.js';
import type { Transcript } from '../transcript/types.js';
import { relianceWatch, sessionAlerts } from './alerts.js';
import { DEFAULT_TOP_MOMENTS, topMoments } from './moments.js';
import type { Report } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { clientSummary, mitiSummary, speakerSummaries, therapistSummary } from './sections.js';
import { scoreSession } from './strategies.js';
import { sumTotals } from './totals.js';

/** Options for building a report. */
export interface ReportOptions {
  /** How many moments worth another look to list (crisis moments are always listed). */
  topMoments?: number;
}

/** Build the session report from the transcript and its per-utterance results. */
export function buildReport(
  transcript: Transcript,
  utterances: UtteranceAnalysis[],
  options: ReportOptions = {},
): Report {
  const totals = sumTotals(utterances);
  const therapist = therapistSummary(totals);
  const client = clientSummary(totals);
  const miti = mitiSummary(therapist);
  const t = totals.byRole.therapist;
  const watch = relianceWatch(
    client.reliance.utterances,
    client.reliance.count,
    t.wideningUtterances,
    therapist.wideningSupport.count,
  );
  const meta: Pick<Report, 'source' | 'format' | 'roles'> = {};
  if (transcript.source !== undefined) meta.source = transcript.source;
  if (transcript.format !== undefined) meta.format = transcript.format;
  if (transcript.roleAssignment !== undefined) {
    const { roles, method } = transcript.roleAssignment;
    meta.roles = { roles: { ...roles }, method };
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    ...meta,
    speakers: speakerSummaries(totals),
    therapist,
    miti,
    client,
    ...scoreSession(therapist, client),
    relianceWatch: watch,
    alerts: sessionAlerts({ therapist, client, miti, relianceWatch: watch }, utterances),
    moments: topMoments(utterances, Math.max(0, options.topMoments ?? DEFAULT_TOP_MOMENTS)),
    utterances,
  };
}
