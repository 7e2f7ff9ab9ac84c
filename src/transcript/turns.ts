// From pieces of text (txt lines, VTT/SRT cue lines) to turns: decides which name-shaped
// prefixes are speakers, attaches unlabelled pieces to the running turn and merges pieces.
// Parsers scan twice (count label candidates, then build) through one reused Segment, so a
// file of a million lines allocates turns, not a million intermediate objects.
import { TranscriptParseError } from './errors.js';
import { acceptLabels } from './labels.js';
import { isSpace } from './lines.js';
import type { Role } from './types.js';

/** A turn as a format reads it, before roles are assigned. */
export interface RawTurn {
  speaker: string;
  text: string;
  /** The role the source states (T:, a role column); roles.ts fills the rest. */
  role?: Role;
  start?: number;
  end?: number;
  /** 1-based source line where the turn starts (JSON documents have none). */
  line?: number;
}

/** One piece of text that may open a turn; parsers refill one instance per piece. */
export class Segment {
  line = 0;
  /** String holding the piece; the piece is src[from, to), markup already removed. */
  src = '';
  from = 0;
  to = 0;
  /** Offset in src of the colon after a name-shaped prefix at `from`, or -1. */
  colon = -1;
  /** Speaker stated by markup (`<v Name>`, a heading line); always taken. */
  voice: string | undefined = undefined;
  /** Seconds, or -1 when the piece has no time. */
  start = -1;
  end = -1;

  /** Clear for the next piece. */
  reset(line: number, src: string, from: number, to: number): this {
    this.line = line;
    this.src = src;
    this.from = from;
    this.to = to;
    this.colon = -1;
    this.voice = undefined;
    this.start = -1;
    this.end = -1;
    return this;
  }
}

/** Runs a parser over its input, handing each piece to `visit`; must be repeatable. */
export type Scan = (visit: (segment: Segment) => void) => void;

/** How pieces become turns. */
export interface TurnOptions {
  /** Merge consecutive pieces by the same speaker (cue formats split turns arbitrarily). */
  mergeSameSpeaker: boolean;
  /** Role stated by a label, if any (T:, Client:). */
  roleOf: (label: string) => Role | undefined;
}

/**
 * Turn pieces into raw turns. Text before the first speaker is a heading and is skipped;
 * a file with text but no speaker at all is a `no_speakers` error.
 */
export function buildTurns(scan: Scan, options: TurnOptions): RawTurn[] {
  const counts = new Map<string, number>();
  scan((s) => {
    if (s.colon < 0) return;
    const label = s.src.slice(s.from, s.colon);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  const accepted = acceptLabels(counts);
  const turns: RawTurn[] = [];
  let turn: RawTurn | undefined;
  let parts: string[] = [];
  let sawText = false;
  const close = (): void => {
    if (turn === undefined) return;
    turn.text = parts.length === 1 ? (parts[0] as string) : parts.join(' ');
    if (turn.text.length > 0) turns.push(turn);
    turn = undefined;
    parts = [];
  };
  scan((s) => {
    let label = s.colon < 0 ? undefined : s.src.slice(s.from, s.colon);
    if (label !== undefined && !accepted.has(label)) label = undefined;
    const speaker = s.voice ?? label;
    let from = label === undefined ? s.from : s.colon + 1;
    let to = s.to;
    while (from < to && isSpace(s.src.charCodeAt(from))) from++;
    while (to > from && isSpace(s.src.charCodeAt(to - 1))) to--;
    if (from < to) sawText = true;
    if (speaker !== undefined && !(options.mergeSameSpeaker && turn?.speaker === speaker)) {
      close();
      turn = { speaker, text: '', line: s.line };
      const role = options.roleOf(speaker);
      if (role !== undefined) turn.role = role;
    }
    if (turn === undefined) return;
    if (from < to) parts.push(s.src.slice(from, to));
    if (s.start >= 0) turn.start ??= s.start;
    if (s.end >= 0) turn.end = s.end;
  });
  close();
  if (turns.length === 0) {
    throw sawText
      ? new TranscriptParseError(
          'no_speakers',
          "no speaker labels found: start each turn with 'T:' / 'C:' or a name and a colon ('Dr Lee: ...')",
          1,
        )
      : new TranscriptParseError('empty', 'no utterances found', 1);
  }
  return turns;
}
