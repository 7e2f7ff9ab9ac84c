// The size limit for one transcript. The transcript module owns the number; until it
// exports one, the CLI uses its own so that a huge file is refused before it is read.
import * as transcripts from '../transcript/index.js';
import { InputError } from './errors.js';

/** Used only when the transcript module does not export MAX_TRANSCRIPT_BYTES. */
const FALLBACK_MAX_BYTES = 64 * 1024 * 1024;

const exported = (transcripts as unknown as Record<string, unknown>).MAX_TRANSCRIPT_BYTES;

/** Largest transcript (or evaluation file) we read, in bytes. */
export const maxTranscriptBytes: number =
  typeof exported === 'number' && exported > 0 ? exported : FALLBACK_MAX_BYTES;

/** Refuse a file by its size alone (from fs.stat), before any byte of it is read. */
export function checkFileSize(size: number, source: string): void {
  if (size <= maxTranscriptBytes) return;
  const mib = (n: number): string => (n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
  throw new InputError(
    'too_large',
    `file is ${mib(size)} MiB; the limit for one transcript is ${mib(maxTranscriptBytes)} MiB`,
    source,
  );
}
