// WebVTT as Zoom, Teams and transcription services write it: a WEBVTT header, NOTE / STYLE /
// REGION blocks, optional cue ids, timing lines with cue settings, multi-line cues, and the
// speaker as a `<v Name>` voice or a `Name:` prefix. Consecutive cues by one speaker merge.
import { findArrow, parseTiming } from './cues.js';
import { TranscriptParseError } from './errors.js';
import { findLabelColon, roleOfLabel } from './labels.js';
import { LineCursor } from './lines.js';
import { readCueLine } from './markup.js';
import { Segment, buildTurns, type RawTurn } from './turns.js';

/** Parse a WebVTT file into raw turns. */
export function parseVtt(text: string): RawTurn[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!startsWithWord(body, 0, body.length, 'WEBVTT')) {
    throw new TranscriptParseError('syntax', 'not a WebVTT file: the first line must be WEBVTT', 1);
  }
  const segment = new Segment();
  return buildTurns((visit) => scanVtt(body, segment, visit), {
    mergeSameSpeaker: true,
    roleOf: roleOfLabel,
  });
}

function scanVtt(body: string, segment: Segment, visit: (s: Segment) => void): void {
  const cursor = new LineCursor(body);
  cursor.next();
  skipBlock(cursor); // header metadata lines run to the first blank line
  while (cursor.next()) {
    if (cursor.blank()) continue;
    const { start, end, number } = cursor;
    if (
      startsWithWord(body, start, end, 'NOTE') ||
      startsWithWord(body, start, end, 'STYLE') ||
      startsWithWord(body, start, end, 'REGION')
    ) {
      skipBlock(cursor);
      continue;
    }
    if (findArrow(body, start, end) < 0) {
      // A cue id; the timing line must follow it.
      if (!cursor.next() || findArrow(body, cursor.start, cursor.end) < 0) {
        throw new TranscriptParseError('syntax', 'cue without a timing line', number);
      }
    }
    const [from, to] = parseTiming(body, cursor.start, cursor.end, cursor.number);
    while (cursor.next() && !cursor.blank()) {
      visit(cueSegment(segment, body, cursor.start, cursor.end, cursor.number, from, to));
    }
  }
}

/** Fill `s` with one payload line of a cue (voice tag, or a `Name:` prefix). */
export function cueSegment(
  s: Segment,
  text: string,
  from: number,
  to: number,
  line: number,
  start: number,
  end: number,
): Segment {
  const cue = readCueLine(text, from, to);
  s.reset(line, cue.text, 0, cue.text.length);
  s.start = start;
  s.end = end;
  if (cue.voice !== undefined) s.voice = cue.voice;
  else s.colon = findLabelColon(cue.text, 0, cue.text.length);
  return s;
}

/** Advance past the rest of the current block (to its blank line or the end). */
function skipBlock(cursor: LineCursor): void {
  while (cursor.next()) if (cursor.blank()) return;
}

/** True when text[from, to) starts with `word` followed by whitespace or the line end. */
function startsWithWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from < word.length || !text.startsWith(word, from)) return false;
  const after = from + word.length;
  if (after === to) return true;
  const c = text.charCodeAt(after);
  return c === 32 || c === 9 || c === 10 || c === 13;
}
