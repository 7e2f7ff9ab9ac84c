// The JSON transcript format (docs/transcript-json.md, schema/transcript.schema.json),
// as zod schemas. Unknown fields are ignored so exports with extra data still load.
import { z } from 'zod';

/** Current version of the JSON transcript format. */
export const JSON_FORMAT_VERSION = 1;

const seconds = z.number().finite().nonnegative();

/** One utterance; it needs a speaker or a role (or both). */
export const jsonUtterance = z
  .object({
    speaker: z.string().trim().min(1).max(200).optional(),
    role: z.enum(['therapist', 'client', 'other']).optional(),
    text: z.string(),
    start: seconds.optional(),
    end: seconds.optional(),
  })
  .refine((u) => u.speaker !== undefined || u.role !== undefined, {
    message: 'needs a speaker or a role',
    path: ['speaker'],
  })
  .refine((u) => u.start === undefined || u.end === undefined || u.end >= u.start, {
    message: 'end is before start',
    path: ['end'],
  });

/** A whole document: `{ version: 1, utterances: [...] }`. */
export const jsonTranscript = z.object({
  version: z.literal(JSON_FORMAT_VERSION),
  id: z.string().optional(),
  utterances: z.array(jsonUtterance),
});

/** One utterance as read from JSON. */
export type JsonUtterance = z.infer<typeof jsonUtterance>;
