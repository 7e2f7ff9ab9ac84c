// Timing lines shared by WebVTT and SRT: `00:00:01.000 --> 00:00:04.000 align:start`.
import { TranscriptParseError } from './errors.js';
import { isSpace } from './lines.js';
import { isClockChar, parseClock, timestampError } from './time.js';

/** Offset of `-->` in text[from, to), or -1. */
export function findArrow(text: string, from: number, to: number): number {
  for (let i = from; i + 2 < to; i++) {
    if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 62)
      return i;
  }
  return -1;
}

/** Start and end seconds of a timing line; cue settings after the end time are ignored. */
export function parseTiming(
  text: string,
  from: number,
  to: number,
  line: number,
): [number, number] {
  const arrow = findArrow(text, from, to);
  if (arrow < 0)
    throw new TranscriptParseError('syntax', "expected a timing line ('start --> end')", line);
  let a = from;
  while (a < arrow && isSpace(text.charCodeAt(a))) a++;
  let b = arrow;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const start = parseClock(text, a, b);
  if (start < 0) throw timestampError(text, a, b, line);
  let c = arrow + 3;
  while (c < to && isSpace(text.charCodeAt(c))) c++;
  let d = c;
  while (d < to && !isSpace(text.charCodeAt(d))) d++;
  // Only clock characters belong to the time; anything glued on is a broken timestamp.
  let e = c;
  while (e < d && isClockChar(text.charCodeAt(e))) e++;
  const end = e === d ? parseClock(text, c, d) : -1;
  if (end < 0) throw timestampError(text, c, d, line);
  if (end < start) {
    throw new TranscriptParseError('timestamp', 'cue ends before it starts', line);
  }
  return [start, end];
}
