// Per-speaker talk statistics and a "sounds like the therapist" score, for transcripts that
// name people instead of roles. Signals (each per turn or per word, so talkativeness does
// not decide it): questions, reflection openers, "you" minus "I" rate, and speaking first.
import { Kind, Tokens, hashWord, tokenize } from '../text/index.js';
import type { RawTurn } from './turns.js';
import type { Role } from './types.js';

/** What we know about one speaker. */
export interface SpeakerStats {
  speaker: string;
  statedRole?: Role;
  turns: number;
  words: number;
  firstTurn: number;
  /** Higher means more therapist-like; only comparable within one transcript. */
  therapistScore: number;
}

// Enough turns to judge style; keeps role detection O(1) on a huge single transcript.
const MAX_SCORED_TURNS = 400;

const YOU = new Set(
  ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll"].map(hashWord),
);
const SELF = new Set(
  ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"].map(hashWord),
);
const SOUNDS = hashWord('sounds');
const SEEMS = hashWord('seems');
const LIKE = hashWord('like');
const HEARING = hashWord('hearing');
const SAYING = hashWord('saying');

interface Tally {
  stats: SpeakerStats;
  scored: number;
  scoredWords: number;
  questionTurns: number;
  reflectionTurns: number;
  you: number;
  self: number;
}

/** Count and score every speaker in order of first appearance. */
export function scoreSpeakers(turns: readonly RawTurn[]): Map<string, SpeakerStats> {
  const tallies = new Map<string, Tally>();
  const tokens = new Tokens();
  turns.forEach((turn, index) => {
    let t = tallies.get(turn.speaker);
    if (t === undefined) {
      const stats: SpeakerStats = {
        speaker: turn.speaker,
        turns: 0,
        words: 0,
        firstTurn: index,
        therapistScore: 0,
      };
      t = {
        stats,
        scored: 0,
        scoredWords: 0,
        questionTurns: 0,
        reflectionTurns: 0,
        you: 0,
        self: 0,
      };
      tallies.set(turn.speaker, t);
    }
    if (turn.role !== undefined) t.stats.statedRole ??= turn.role;
    t.stats.turns++;
    if (t.scored >= MAX_SCORED_TURNS) {
      t.stats.words += approximateWords(turn.text);
      return;
    }
    t.scored++;
    tallyTurn(t, tokenize(turn.text, tokens));
  });
  const out = new Map<string, SpeakerStats>();
  for (const t of tallies.values()) {
    const n = Math.max(1, t.scored);
    const words = Math.max(1, t.scoredWords);
    t.stats.therapistScore =
      t.questionTurns / n +
      t.reflectionTurns / n +
      (4 * (t.you - t.self)) / words +
      (t.stats.firstTurn === 0 ? 0.1 : 0);
    out.set(t.stats.speaker, t.stats);
  }
  return out;
}

function tallyTurn(t: Tally, tokens: Tokens): void {
  let question = false;
  let reflection = false;
  let prev = 0;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind[i];
    const h = tokens.hash[i] ?? 0;
    if (kind === Kind.Question) question = true;
    if (kind !== Kind.Word && kind !== Kind.Number) continue;
    t.stats.words++;
    t.scoredWords++;
    if (YOU.has(h)) t.you++;
    else if (SELF.has(h)) t.self++;
    // "sounds like", "seems like", "what I'm hearing", "you're saying": reflection openers.
    if (
      (h === LIKE && (prev === SOUNDS || prev === SEEMS)) ||
      h === HEARING ||
      (h === SAYING && YOU.has(prev))
    ) {
      reflection = true;
    }
    prev = h;
  }
  if (question) t.questionTurns++;
  if (reflection) t.reflectionTurns++;
}

/** Word count without tokenising, for turns past the scoring sample. */
function approximateWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
