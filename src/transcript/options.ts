// Options every parser entry point takes; the CLI fills them from its flags.
import type { TranscriptFormat } from './types.js';

/** CSV column names (CLI flags), matched case-insensitively; unset ones are guessed. */
export interface CsvColumns {
  text?: string;
  speaker?: string;
  role?: string;
  start?: string;
  end?: string;
  /** Column that groups rows into transcripts (AnnoMI: transcript_id). */
  transcript?: string;
  /** Column that orders rows within a transcript (AnnoMI: utterance_id). */
  order?: string;
}

/** How to read a transcript. */
export interface ParseOptions {
  /** File name, for error messages and format detection. */
  source?: string;
  format?: TranscriptFormat;
  /** Speaker names to take as therapist / client (CLI --therapist / --client). */
  therapist?: readonly string[];
  client?: readonly string[];
  /** CSV column names (CLI flags); AnnoMI's columns are the default. */
  csv?: CsvColumns;
}
