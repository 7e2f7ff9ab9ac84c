// The JSON transcript format (docs/transcript-json.md, schema/transcript.schema.json),
// as zod schemas. Unknown fields are ignored so exports with extra data still load.
// zod/mini rather than zod: the same checks, but ~20 KB instead of ~450 KB in the CLI bundle
// that every start loads; it carries no messages of its own, so the English ones are set.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** Current version of the JSON transcript format. */
export const JSON_FORMAT_VERSION = 1;

const seconds = z.number().check(z.nonnegative());

/** One utterance; it needs a speaker or a role (or both). */
export const jsonUtterance = z
  .object({
    speaker: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    role: z.optional(z.enum(['therapist', 'client', 'other'])),
    text: z.string(),
    start: z.optional(seconds),
    end: z.optional(seconds),
  })
  .check(
    z.refine((u) => u.speaker !== undefined || u.role !== undefined, {
      message: 'needs a speaker or a role',
      path: ['speaker'],
    }),
    z.refine((u) => u.start === undefined || u.end === undefined || u.end >= u.start, {
      message: 'end is before start',
      path: ['end'],
    }),
  );

/** A bare array of utterances. */
export const jsonUtterances = z.array(jsonUtterance);

/** A whole document: `{ version: 1, utterances: [...] }`. */
export const jsonTranscript = z.object({
  version: z.literal(JSON_FORMAT_VERSION),
  id: z.optional(z.string()),
  utterances: jsonUtterances,
});

/** One utterance as read from JSON. */
export type JsonUtterance = z.infer<typeof jsonUtterance>;
