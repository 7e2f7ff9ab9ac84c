// The per-utterance part of the report schema. It mirrors src/markers/types.ts and
// src/engine/types.ts; the type checks at the bottom fail the build when they drift
// apart, because a silent mismatch would break the published JSON Schema.
import { z } from 'zod';
import type { UtteranceAnalysis } from '../engine/types.js';
import type { UtteranceCounts } from '../markers/types.js';
import {
  DISTORTION_TYPES,
  type CrisisKind,
  type Finding,
  type FindingCode,
} from '../markers/types.js';

/** Every finding code, in the order the markers declare them. */
export const findingCodes = [
  'we_talk',
  'institutional_we',
  'doing_to',
  'credit',
  'open_question',
  'closed_question',
  'socratic_question',
  'reflection',
  'presupposed_change',
  'conditional_change',
  'hedge',
  'confident',
  'future_orientation',
  'widening_support',
  'absolutist',
  'distortion',
  'change_talk',
  'sustain_talk',
  'reliance',
  'crisis',
] as const satisfies readonly FindingCode[];

/** The eleven distortion types, in a fixed order for tables (the engine's own list). */
export const distortionTypes = DISTORTION_TYPES;

/** Crisis kinds. */
export const crisisKinds = [
  'ideation',
  'intent',
  'plan',
  'method',
  'self_harm',
  'indirect',
  'slang',
] as const satisfies readonly CrisisKind[];

const count = z.number().int().nonnegative();

const findingBase = {
  rule: z.string().describe('Id of the rule or lexicon that fired'),
  start: count.describe('Start of the span in the utterance text (UTF-16 index)'),
  end: count.describe('End of the span, exclusive'),
  suggestion: z.string().exactOptional().describe('A rephrasing we wrote, where one helps'),
};

const plainCodes = findingCodes.filter(
  (c): c is Exclude<FindingCode, 'distortion' | 'crisis'> => c !== 'distortion' && c !== 'crisis',
);

/** One finding: a code, the rule that fired and the span of the words that caused it. */
export const findingSchema = z.union([
  z.strictObject({ code: z.enum(plainCodes), ...findingBase }),
  z.strictObject({
    code: z.literal('distortion'),
    ...findingBase,
    distortion: z.enum(distortionTypes),
  }),
  z.strictObject({
    code: z.literal('crisis'),
    ...findingBase,
    kind: z.enum(crisisKinds),
    negated: z.boolean().describe('A negation was seen; it never clears the finding'),
  }),
]);

/** Labels of one utterance. */
export const labelsSchema = z.strictObject({
  behaviour: z.enum(['question', 'reflection', 'therapist_input', 'other']).exactOptional(),
  questionType: z.enum(['open', 'closed']).exactOptional(),
  reflectionType: z.enum(['simple', 'complex']).exactOptional(),
  talkType: z.enum(['change', 'neutral', 'sustain']).exactOptional(),
  because: z.array(z.string()).describe('Rule ids and model features behind the labels'),
});

/** Per-utterance counts the report sums; a zero count is left out of the JSON. */
export const countsSchema = z
  .strictObject({
    words: count.exactOptional(),
    we: count.exactOptional(),
    institutionalWe: count.exactOptional(),
    i: count.exactOptional(),
    you: count.exactOptional(),
    doingTo: count.exactOptional(),
    credit: count.exactOptional(),
    questions: count.exactOptional(),
    openQuestions: count.exactOptional(),
    closedQuestions: count.exactOptional(),
    socraticQuestions: count.exactOptional(),
    presupposed: count.exactOptional(),
    conditional: count.exactOptional(),
    hedges: count.exactOptional(),
    confident: count.exactOptional(),
    future: count.exactOptional(),
    widening: count.exactOptional(),
    absolutist: count.exactOptional(),
    distortions: count.exactOptional(),
    change: count.exactOptional(),
    sustain: count.exactOptional(),
    reliance: count.exactOptional(),
    crisis: count.exactOptional(),
  })
  .describe('Counts of this utterance; a count that is absent is 0');

/** Speaker roles. */
export const roleSchema = z.enum(['therapist', 'client', 'other']);

/** The engine's result for one utterance. */
export const utteranceSchema = z.strictObject({
  index: count,
  speaker: z.string(),
  role: roleSchema,
  text: z.string(),
  start: z.number().nonnegative().exactOptional().describe('Seconds from the start'),
  end: z.number().nonnegative().exactOptional(),
  labels: labelsSchema,
  findings: z.array(findingSchema),
  counts: countsSchema,
});

/** One utterance as the JSON report writes it: counts without their zeros. */
export type UtteranceJson = Omit<UtteranceAnalysis, 'counts'> & {
  counts: Partial<UtteranceCounts>;
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the schema and the engine types describe the same data. */
export const schemaMatchesEngine: [
  Same<z.infer<typeof utteranceSchema>, UtteranceJson>,
  Same<z.infer<typeof findingSchema>, Finding>,
] = [true, true];
