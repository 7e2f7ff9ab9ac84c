// The report schema, the one source of truth for the Report type and for the
// published schema/report.schema.json (generated from it; a test keeps them equal).
import { z } from 'zod';
import { distortionTypes, findingCodes, roleSchema, utteranceSchema } from './schema-utterance.js';
import type { UtteranceAnalysis } from '../engine/types.js';
import { SCHEMA_VERSION } from './version.js';

/** Bump on any change a consumer could notice; additions bump the minor version. */
export { SCHEMA_VERSION };

const count = z.number().int().nonnegative();
const percent = z.number().min(0).max(100);
const score = z.number().int().min(0).max(100);

/** A count and its rate per 100 words of the same speaker (0 when they said nothing). */
export const rateSchema = z.strictObject({ count, per100Words: z.number().nonnegative() });

/** How a MITI summary score compares with its published thresholds. */
export const levelSchema = z.enum(['good', 'fair', 'below', 'n/a']);

/** One MITI summary score with the thresholds it is read against. */
export const mitiMetricSchema = z.strictObject({
  value: z.number().nullable().describe('null when there is nothing to measure'),
  fair: z.number(),
  good: z.number(),
  level: levelSchema,
});

/** What moved a strategy score, in typed form; renderers turn it into words. */
export const driverCodes = [
  'we_rate',
  'we_share',
  'credit_rate',
  'doing_to_rate',
  'reflection_ratio',
  'open_percent',
  'complex_percent',
  'socratic_count',
  'talk_share',
  'presupposed_balance',
  'confidence_balance',
  'future_rate',
  'change_talk_share',
  'input_share',
] as const;

/** One driver of a score: the measured value and the points it earned or cost. */
export const driverSchema = z.strictObject({
  code: z.enum(driverCodes),
  direction: z.enum(['up', 'down']).describe('up: helped the score; down: held it back'),
  value: z.number().nullable().describe('The measure, in the unit its code names'),
  penalty: z.boolean().describe('A penalty only takes points away'),
  points: z.number().describe('Score points earned (negative for a penalty)'),
  maxPoints: z.number().describe('Most points this driver can earn or cost'),
});

/** Alert codes, in the order they are listed after crisis alerts. */
export const alertCodes = [
  'crisis',
  'reliance',
  'low_reflections',
  'few_open_questions',
  'doing_to',
  'high_talk_share',
  'absolutist_spike',
] as const;

/** Something a clinician should see before anything else. */
export const alertSchema = z.strictObject({
  code: z.enum(alertCodes),
  severity: z.enum(['critical', 'warning', 'info']),
  utterance: count.exactOptional().describe('Index of the utterance it points at'),
  rule: z.string().exactOptional(),
  value: z.number().exactOptional().describe('The measure that crossed the threshold'),
  threshold: z.number().exactOptional(),
});

/** An utterance worth another look, with the words that caused it. */
export const momentSchema = z.strictObject({
  utterance: count,
  code: z.enum(findingCodes),
  rule: z.string(),
  start: count,
  end: count,
  suggestion: z.string().exactOptional(),
  positive: z.boolean().describe('A good moment to keep doing, not a problem'),
});

/** Per-speaker totals. */
export const speakerSchema = z.strictObject({
  name: z.string(),
  role: roleSchema,
  utterances: count,
  words: count,
  talkShare: percent.describe('Percent of all words in the session'),
});

const therapistSchema = z.strictObject({
  words: count,
  utterances: count,
  talkShare: percent,
  weTalk: rateSchema.describe('Collaborative we; institutional we is counted apart'),
  institutionalWe: rateSchema,
  iTalk: rateSchema,
  youTalk: rateSchema,
  doingTo: rateSchema,
  credit: rateSchema,
  presupposedChange: rateSchema,
  conditionalChange: rateSchema,
  hedges: rateSchema,
  confident: rateSchema,
  futureOrientation: rateSchema,
  wideningSupport: rateSchema,
  weShareOfPronouns: percent.nullable().describe('we / (I + we + you), percent'),
  questions: count,
  openQuestions: count,
  closedQuestions: count,
  socraticQuestions: count,
  reflections: count,
  simpleReflections: count,
  complexReflections: count,
  therapistInput: count,
  otherBehaviour: count,
  reflectionToQuestion: z.number().nonnegative().nullable().describe('null with no questions'),
  percentOpenQuestions: percent.nullable(),
  percentComplexReflections: percent.nullable(),
});

const clientSchema = z.strictObject({
  words: count,
  utterances: count,
  talkShare: percent,
  absolutist: rateSchema,
  distortions: z.strictObject({
    count,
    per100Words: z.number().nonnegative(),
    byType: z.strictObject(
      Object.fromEntries(distortionTypes.map((t) => [t, count])) as {
        [K in (typeof distortionTypes)[number]]: typeof count;
      },
    ),
  }),
  changeTalk: count,
  sustainTalk: count,
  neutral: count,
  changeTalkShare: percent.nullable().describe('change / (change + sustain), percent'),
  reliance: z.strictObject({ count, utterances: z.array(count) }),
  crisis: z.strictObject({ count, utterances: z.array(count) }),
});

const drivers = z.array(driverSchema);

/** The session report. */
export const reportSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.string().exactOptional(),
  format: z.enum(['txt', 'vtt', 'srt', 'json', 'csv']).exactOptional(),
  roles: z
    .strictObject({
      roles: z.record(z.string(), roleSchema),
      method: z.enum(['labels', 'flags', 'detected']),
    })
    .exactOptional()
    .describe('How speakers were mapped to roles'),
  speakers: z.array(speakerSchema),
  therapist: therapistSchema,
  miti: z.strictObject({
    reflectionToQuestion: mitiMetricSchema,
    percentOpenQuestions: mitiMetricSchema,
    percentComplexReflections: mitiMetricSchema,
  }),
  client: clientSchema,
  strategies: z.strictObject({ team: score, learning: score, confidence: score }),
  strategyDetails: z.strictObject({ team: drivers, learning: drivers, confidence: drivers }),
  sessionScore: score.describe('Overall MI-consistency of the session, 0-100'),
  sessionScoreDetails: drivers,
  relianceWatch: z.strictObject({
    level: z.enum(['none', 'watch', 'concern']),
    clientSignals: count,
    clientUtterances: z.array(count),
    wideningSupport: count,
    wideningUtterances: z.array(count),
  }),
  alerts: z.array(alertSchema).describe('Crisis alerts always come first'),
  moments: z.array(momentSchema),
  utterances: z.array(utteranceSchema),
});

/** The session report as JSON: what renderJson writes and the JSON Schema describes. */
export type ReportJson = z.infer<typeof reportSchema>;
/** The session report in memory: the JSON form, with every utterance's counts in full. */
export type Report = Omit<ReportJson, 'utterances'> & { utterances: UtteranceAnalysis[] };
/** Per-100-words rate. */
export type Rate = z.infer<typeof rateSchema>;
/** MITI level. */
export type Level = z.infer<typeof levelSchema>;
/** One MITI summary score. */
export type MitiMetric = z.infer<typeof mitiMetricSchema>;
/** One driver of a score. */
export type Driver = z.infer<typeof driverSchema>;
/** Driver code. */
export type DriverCode = (typeof driverCodes)[number];
/** One alert. */
export type Alert = z.infer<typeof alertSchema>;
/** Alert code. */
export type AlertCode = (typeof alertCodes)[number];
/** One moment worth another look. */
export type Moment = z.infer<typeof momentSchema>;
/** Therapist side of the report. */
export type TherapistSummary = Report['therapist'];
/** Client side of the report. */
export type ClientSummary = Report['client'];
/** Per-speaker totals. */
export type SpeakerSummary = Report['speakers'][number];
/** Reliance watch. */
export type RelianceWatch = Report['relianceWatch'];

/** The JSON Schema of the report (draft 2020-12), generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    title: 'Alliance session report',
    ...z.toJSONSchema(reportSchema, { io: 'output' }),
  };
}
