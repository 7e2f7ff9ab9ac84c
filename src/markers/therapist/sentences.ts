// Sentence boundaries on tokens, with the per-sentence facts the therapist rules share.
// Kept as typed arrays reused across utterances so the hot path allocates nothing.
import { Kind, type Tokens } from '../../text/index.js';

/** Sentence-level facts gathered from lexicon hits before the rules run. */
export const Flag = {
  Audience: 4,
  Encouraging: 8,
  Widened: 16,
  Starter: 32,
  /** "can you tell me" / "could you describe" somewhere after the opener. */
  Invite: 64,
} as const;

/** Institutional cues by the token they start at: a service phrase, or a service verb. */
export const Cue = { None: 0, Service: 1, ServiceVerb: 2 } as const;

/** Question kinds a sentence can have. */
export const SentenceKind = { Statement: 0, Open: 1, Closed: 2 } as const;

/** Sentences of one utterance as token ranges plus per-sentence scratch, reused between calls. */
export class Sentences {
  count = 0;
  /** First token. */
  start = new Int32Array(16);
  /** Token after the last word (terminators excluded). */
  end = new Int32Array(16);
  /** Token after the terminator run. */
  close = new Int32Array(16);
  /** First token after discourse fillers; equals `end` when the sentence is only fillers. */
  first = new Int32Array(16);
  /** Kind of the terminating token (Kind.Question, Kind.Period, Kind.Exclaim) or 0. */
  terminator = new Uint8Array(16);
  /** SentenceKind. */
  kind = new Uint8Array(16);
  /** Index into the question rule table, meaningful when kind is not Statement. */
  rule = new Uint8Array(16);
  /** Flag bits. */
  flags = new Uint8Array(16);
  /** Token after the open starter hit, when Flag.Starter is set. */
  starterEnd = new Int32Array(16);
  /** Match index + 1 of the first Socratic hit, or 0. */
  socratic = new Int32Array(16);
  /** Token index -> sentence index. */
  of = new Int32Array(256);
  /** Token index -> Cue starting at that token (institutional "we" cues). */
  cue = new Uint8Array(256);

  /** Empty the scratch for a new utterance of `tokens` tokens. */
  reset(tokens: number): void {
    this.count = 0;
    if (this.of.length < tokens) {
      const size = Math.max(tokens, this.of.length * 2);
      this.of = new Int32Array(size);
      this.cue = new Uint8Array(size);
    } else this.cue.fill(0, 0, tokens);
  }

  /** Append a sentence and zero its scratch. */
  push(start: number, end: number, close: number, first: number, terminator: number): void {
    if (this.count === this.start.length) this.grow();
    const s = this.count++;
    this.start[s] = start;
    this.end[s] = end;
    this.close[s] = close;
    this.first[s] = first;
    this.terminator[s] = terminator;
    this.kind[s] = SentenceKind.Statement;
    this.rule[s] = 0;
    this.flags[s] = 0;
    this.starterEnd[s] = 0;
    this.socratic[s] = 0;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.start = grow(this.start, new Int32Array(size));
    this.end = grow(this.end, new Int32Array(size));
    this.close = grow(this.close, new Int32Array(size));
    this.first = grow(this.first, new Int32Array(size));
    this.starterEnd = grow(this.starterEnd, new Int32Array(size));
    this.socratic = grow(this.socratic, new Int32Array(size));
    this.terminator = grow(this.terminator, new Uint8Array(size));
    this.kind = grow(this.kind, new Uint8Array(size));
    this.rule = grow(this.rule, new Uint8Array(size));
    this.flags = grow(this.flags, new Uint8Array(size));
  }
}

function isTerminator(kind: number): boolean {
  return kind === Kind.Question || kind === Kind.Period || kind === Kind.Exclaim;
}

/**
 * Split tokens into sentences at . ! ? runs. Any "?" in the run makes the sentence a
 * question ("...?" and "?!" both ask).
 */
export function splitSentences(
  tokens: Tokens,
  out: Sentences,
  fillers: ReadonlySet<number>,
  allRight: { all: number; right: number },
): Sentences {
  out.reset(tokens.count);
  const { kind, hash, count } = tokens;
  let i = 0;
  while (i < count) {
    const start = i;
    while (i < count && !isTerminator(kind[i] ?? 0)) i++;
    const end = i;
    let terminator = 0;
    while (i < count && isTerminator(kind[i] ?? 0)) {
      if (terminator !== Kind.Question) terminator = kind[i] ?? 0;
      i++;
    }
    if (end === start) continue; // a stray terminator run: nothing to classify
    let first = start;
    while (first < end) {
      const k = kind[first];
      const h = hash[first] ?? 0;
      if (k === Kind.Comma || k === Kind.Other || fillers.has(h)) first++;
      else if (h === allRight.all && hash[first + 1] === allRight.right) first += 2;
      else break;
    }
    const s = out.count;
    out.push(start, end, i, Math.min(first, end), terminator);
    for (let t = start; t < i; t++) out.of[t] = s;
  }
  return out;
}
