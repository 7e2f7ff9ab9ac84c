// Plain text with speaker labels: `T: ...`, `Dr Lee: ...`, optionally after a timestamp
// (`[00:01:02] T: ...`, `00:01:02 T: ...`), or a heading line `Speaker 1  0:05` followed by
// the words (as some transcription services export). Unlabelled lines continue the turn.
import { findLabelColon, isHeadingName, roleOfLabel } from './labels.js';
import { LineCursor, isSpace } from './lines.js';
import { isClockChar, parseClock, timestampError } from './time.js';
import { Segment, buildTurns, type RawTurn } from './turns.js';

const MAX_BRACKETED_CLOCK = 16;

/** Parse a plain-text transcript into raw turns (one labelled line starts one turn). */
export function parseTxt(text: string): RawTurn[] {
  const segment = new Segment();
  return buildTurns(
    (visit) => {
      const cursor = new LineCursor(text);
      while (cursor.next()) {
        let from = cursor.start;
        let to = cursor.end;
        while (from < to && isSpace(text.charCodeAt(from))) from++;
        while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
        if (from < to) visit(readLine(segment.reset(cursor.number, text, from, to)));
      }
    },
    { mergeSameSpeaker: false, roleOf: roleOfLabel },
  );
}

function readLine(s: Segment): Segment {
  const { src: text, to, line } = s;
  let p = s.from;
  const first = text.charCodeAt(p);
  if (first === 91 || first === 40) {
    // [00:01:02] or (00:01:02): a timestamp only if everything inside is clock characters.
    const close = clockRun(text, p + 1, Math.min(to, p + 2 + MAX_BRACKETED_CLOCK));
    const closer = first === 91 ? 93 : 41;
    if (
      close > p + 1 &&
      close < to &&
      text.charCodeAt(close) === closer &&
      hasColon(text, p + 1, close)
    ) {
      s.start = parseClock(text, p + 1, close);
      if (s.start < 0) throw timestampError(text, p + 1, close, line);
      p = skipSpace(text, close + 1, to);
    }
  } else if (first >= 48 && first <= 57) {
    // A bare leading time counts only when a label follows: "10:30 was late" is just words.
    const end = clockRun(text, p, to);
    const after = skipSpace(text, end, to);
    if (
      end < to &&
      isSpace(text.charCodeAt(end)) &&
      hasColon(text, p, end) &&
      findLabelColon(text, after, to) >= 0
    ) {
      s.start = parseClock(text, p, end);
      if (s.start < 0) throw timestampError(text, p, end, line);
      p = after;
    }
  }
  s.from = p;
  s.colon = findLabelColon(text, p, to);
  if (s.colon < 0) heading(s);
  return s;
}

/** `Speaker 1  0:05` alone on a line: a speaker heading whose words follow on the next lines. */
function heading(s: Segment): void {
  const { src: text, from, to } = s;
  let space = to - 1;
  while (space > from && !isSpace(text.charCodeAt(space))) space--;
  if (space <= from || clockRun(text, space + 1, to) !== to || !hasColon(text, space + 1, to))
    return;
  let nameTo = space;
  while (nameTo > from && isSpace(text.charCodeAt(nameTo - 1))) nameTo--;
  const start = parseClock(text, space + 1, to);
  if (start < 0 || !isHeadingName(text, from, nameTo)) return;
  // This shape is specific enough to take the name as stated, even if it occurs once.
  s.voice = text.slice(from, nameTo);
  s.start = start;
  s.from = s.to;
}

function clockRun(text: string, from: number, to: number): number {
  while (from < to && isClockChar(text.charCodeAt(from))) from++;
  return from;
}

// A bounded loop, not indexOf: indexOf would scan past `to`, quadratic over many lines.
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}
