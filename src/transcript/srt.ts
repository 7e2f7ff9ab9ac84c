// SubRip: numbered cues, `00:00:01,000 --> 00:00:04,000`, text lines with `Name:` prefixes.
// Cues without a speaker continue the previous one; consecutive cues by one speaker merge.
import { findArrow, parseTiming } from './cues.js';
import { TranscriptParseError } from './errors.js';
import { roleOfLabel } from './labels.js';
import { LineCursor, trimRange } from './lines.js';
import { Segment, buildTurns, type RawTurn } from './turns.js';
import { cueSegment } from './vtt.js';

/** Parse an SRT file into raw turns. */
export function parseSrt(text: string): RawTurn[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const segment = new Segment();
  return buildTurns((visit) => scanSrt(body, segment, visit), {
    mergeSameSpeaker: true,
    roleOf: roleOfLabel,
  });
}

function scanSrt(body: string, segment: Segment, visit: (s: Segment) => void): void {
  const cursor = new LineCursor(body);
  while (cursor.next()) {
    if (cursor.blank()) continue;
    const number = cursor.number;
    if (findArrow(body, cursor.start, cursor.end) < 0) {
      // The cue number; tolerated when missing, but then the timing line must come first.
      if (
        !isCounter(body, cursor.start, cursor.end) ||
        !cursor.next() ||
        findArrow(body, cursor.start, cursor.end) < 0
      ) {
        throw new TranscriptParseError('syntax', 'expected a cue number and a timing line', number);
      }
    }
    const [from, to] = parseTiming(body, cursor.start, cursor.end, cursor.number);
    while (cursor.next() && !cursor.blank()) {
      let [a] = trimRange(body, cursor.start, cursor.end);
      // Subtitle dialogue dashes ("- Name: text") are not part of the words.
      if (body.charCodeAt(a) === 45 && body.charCodeAt(a + 1) === 32) a += 2;
      visit(cueSegment(segment, body, a, cursor.end, cursor.number, from, to));
    }
  }
}

function isCounter(text: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return digits > 0;
}
