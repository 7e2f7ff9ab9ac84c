// Clock times as transcripts write them: `01:02:03.456`, `02:03,456` (SRT), `1:02`, `83.5`.
// Parsed from char codes in one pass so a garbage line fails in O(length) with no regex.
import { TranscriptParseError } from './errors.js';

const COLON = 58;
const DOT = 46;
const COMMA = 44;

/**
 * Seconds for a clock string in text[from, to), or -1 when it is not a valid time.
 * Minutes and seconds below the hours must be under 60; the fraction may use `.` or `,`.
 */
export function parseClock(text: string, from: number, to: number): number {
  if (to <= from || to - from > 24) return -1;
  let total = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      digits++;
    } else if (c === COLON) {
      if (digits === 0 || (parts > 0 && (part >= 60 || digits > 2))) return -1;
      total = total * 60 + part;
      part = 0;
      digits = 0;
      parts++;
    } else if (c === DOT || c === COMMA) {
      break;
    } else {
      return -1;
    }
  }
  if (digits === 0 || parts > 2 || (parts > 0 && (part >= 60 || digits > 2))) return -1;
  let seconds = total * 60 + part;
  if (i < to) {
    let scale = 0.1;
    let fracDigits = 0;
    for (i++; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      seconds += (c - 48) * scale;
      scale /= 10;
      fracDigits++;
    }
    if (fracDigits === 0) return -1;
  }
  // Round away binary noise from summing tenths: times are shown and compared in ms.
  return Math.round(seconds * 1000) / 1000;
}

/** True for the characters a clock string is made of. */
export function isClockChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === COLON || c === DOT || c === COMMA;
}

/**
 * A `timestamp` error for text[from, to). The value is quoted only when it is short and made
 * of clock characters, so a garbage line never leaks transcript words into the message.
 */
export function timestampError(
  text: string,
  from: number,
  to: number,
  line: number,
): TranscriptParseError {
  let safe = to - from > 0 && to - from <= 16;
  for (let i = from; safe && i < to; i++) safe = isClockChar(text.charCodeAt(i));
  const what = safe ? `invalid timestamp '${text.slice(from, to)}'` : 'invalid timestamp';
  return new TranscriptParseError('timestamp', `${what} (expected hh:mm:ss.mmm)`, line);
}
