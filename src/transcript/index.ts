/** Transcript formats (placeholder until the formats module lands). */
import { TranscriptParseError } from './errors.js';
import type { Role, Transcript, TranscriptFormat } from './types.js';

export type { Role, RoleAssignment, Transcript, TranscriptFormat, Utterance } from './types.js';
export { TranscriptParseError, type ParseErrorCode } from './errors.js';

/** How to read a transcript. */
export interface ParseOptions {
  /** File name, for error messages and format detection. */
  source?: string;
  format?: TranscriptFormat;
  /** Speaker names to take as therapist / client (CLI --therapist / --client). */
  therapist?: readonly string[];
  client?: readonly string[];
  /** CSV column names (CLI flags); AnnoMI's columns are the default. */
  csv?: {
    text?: string;
    speaker?: string;
    role?: string;
    start?: string;
    end?: string;
    transcript?: string;
  };
}

/** Parse one transcript from text. */
export function parseTranscript(_text: string, options: ParseOptions = {}): Transcript {
  throw new TranscriptParseError(
    'unknown_format',
    'formats not implemented yet',
    undefined,
    options.source,
  );
}

/** Parse text that may hold several transcripts (CSV grouped by transcript id); others give one. */
export function parseTranscripts(text: string, options: ParseOptions = {}): Transcript[] {
  return [parseTranscript(text, options)];
}

/** Decode file bytes to text: BOM, UTF-8 validity, binary and size checks. */
export function decodeTranscript(bytes: Uint8Array, source?: string): string {
  void source;
  return new TextDecoder().decode(bytes);
}

/** Guess the format from the file name and content. */
export function detectFormat(_source: string | undefined, _text: string): TranscriptFormat {
  return 'txt';
}

/** Role names for users. */
export const roles: readonly Role[] = ['therapist', 'client', 'other'];
