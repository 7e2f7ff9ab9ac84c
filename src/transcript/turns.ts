// From pieces of text (txt lines, VTT/SRT cue lines) to turns: decides which name-shaped
// prefixes are speakers, attaches unlabelled pieces to the running turn and merges pieces.
import { TranscriptParseError } from './errors.js';
import { acceptLabels } from './labels.js';
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

/** One piece of text that may open a turn: a txt line or one line of a cue. */
export interface Segment {
  line: number;
  /** The piece's text, markup already removed. */
  raw: string;
  /** Name-shaped prefix before a colon, if any; `labelEnd` is where the words after it start. */
  label?: string;
  labelEnd: number;
  /** Speaker stated by markup (`<v Name>`); always taken. */
  voice?: string;
  start?: number;
  end?: number;
}

/** How pieces become turns. */
export interface TurnOptions {
  /** Merge consecutive pieces by the same speaker (cue formats split turns arbitrarily). */
  mergeSameSpeaker: boolean;
  /** Role stated by a label, if any (T:, Client:). */
  roleOf: (label: string) => Role | undefined;
}

interface Building {
  turn: RawTurn;
  parts: string[];
}

/**
 * Turn segments into raw turns. Text before the first speaker is a heading and is skipped;
 * a file with text but no speaker at all is a `no_speakers` error.
 */
export function buildTurns(segments: readonly Segment[], options: TurnOptions): RawTurn[] {
  const counts = new Map<string, number>();
  for (const s of segments) {
    if (s.label !== undefined) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  }
  const accepted = acceptLabels(counts);
  const turns: RawTurn[] = [];
  let current: Building | undefined;
  let sawText = false;
  const close = (): void => {
    if (current === undefined) return;
    current.turn.text = current.parts.join(' ');
    if (current.turn.text.length > 0) turns.push(current.turn);
    current = undefined;
  };
  for (const s of segments) {
    const labelled = s.label !== undefined && accepted.has(s.label);
    const speaker = s.voice ?? (labelled ? s.label : undefined);
    const text = labelled ? s.raw.slice(s.labelEnd).trim() : s.raw;
    if (text.length > 0) sawText = true;
    if (speaker !== undefined && !(options.mergeSameSpeaker && current?.turn.speaker === speaker)) {
      close();
      const turn: RawTurn = { speaker, text: '', line: s.line };
      const role = options.roleOf(speaker);
      if (role !== undefined) turn.role = role;
      current = { turn, parts: [] };
    }
    if (current === undefined) continue;
    if (text.length > 0) current.parts.push(text);
    if (s.start !== undefined) current.turn.start ??= s.start;
    if (s.end !== undefined) current.turn.end = s.end;
  }
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
