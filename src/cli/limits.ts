// The size limit for one transcript comes from the transcript module; the CLI applies it to
// fs.stat sizes so that a huge file is refused before a byte of it is read.
// Straight from decode.js, not the transcript index: the index pulls in every parser and zod,
// which the main thread of a worker batch never needs (it only splits lines and sizes files).
import { checkSize, MAX_TRANSCRIPT_BYTES } from '../transcript/decode.js';
import { toCliError } from './errors.js';

/** Largest transcript (or evaluation file, or JSONL line) we read, in bytes. */
export const maxTranscriptBytes: number = MAX_TRANSCRIPT_BYTES;

/** Refuse a file by its size alone (from fs.stat), as a one-line InputError. */
export function checkFileSize(size: number, source: string): void {
  try {
    checkSize(size, source);
  } catch (error) {
    throw toCliError(error, source);
  }
}
