/** Transcript formats: txt, WebVTT, SRT, JSON and CSV into one `Transcript` model. */
import type { Role } from './types.js';

export type { Role, RoleAssignment, Transcript, TranscriptFormat, Utterance } from './types.js';
export { TranscriptParseError, type ParseErrorCode } from './errors.js';
export type { CsvColumns, ParseOptions } from './options.js';
export { parseTranscript, parseTranscripts } from './parse.js';
export { decodeTranscript, checkSize, MAX_TRANSCRIPT_BYTES } from './decode.js';
export { detectFormat, sniffFormat } from './detect.js';
export { assignRoles, type AssignedRoles, type RoleFlags } from './roles.js';
export { ROLE_LABELS, roleOfLabel } from './labels.js';
export { CSV_DEFAULT_COLUMNS } from './csv.js';
export { JSON_FORMAT_VERSION } from './json-schema.js';

/** Role names for users. */
export const roles: readonly Role[] = ['therapist', 'client', 'other'];
