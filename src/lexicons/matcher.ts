// Compiles every lexicon into one index keyed by first-token hash, so a single pass
// over an utterance's tokens finds all lexicon hits at once instead of one pass per list.
import { hashPhrase, type Tokens } from '../text/index.js';
import type { Lexicon } from './types.js';

interface Phrase {
  lexicon: number;
  hashes: Uint32Array;
}

/** Lexicon hits for one utterance, as token ranges, in reusable typed arrays. */
export class Matches {
  count = 0;
  lexicon = new Uint16Array(64);
  start = new Int32Array(64);
  /** Exclusive token end. */
  end = new Int32Array(64);

  /** Append one hit. */
  push(lexicon: number, start: number, end: number): void {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      const l = new Uint16Array(size);
      l.set(this.lexicon);
      const s = new Int32Array(size);
      s.set(this.start);
      const e = new Int32Array(size);
      e.set(this.end);
      this.lexicon = l;
      this.start = s;
      this.end = e;
    }
    this.lexicon[this.count] = lexicon;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

/** All lexicons compiled for one-pass matching. Build once, reuse for every utterance. */
export class LexiconMatcher {
  private readonly index = new Map<number, Phrase[]>();
  /** Lexicon number -> lexicon, in the order given. */
  readonly lexicons: readonly Lexicon[];
  private readonly numbers = new Map<string, number>();

  constructor(lexicons: readonly Lexicon[]) {
    this.lexicons = lexicons;
    lexicons.forEach((lex, n) => {
      if (this.numbers.has(lex.id)) throw new Error(`duplicate lexicon id ${lex.id}`);
      this.numbers.set(lex.id, n);
      for (const term of lex.terms) {
        const hashes = Uint32Array.from(hashPhrase(term));
        const first = hashes[0];
        if (first === undefined) throw new Error(`empty term in lexicon ${lex.id}`);
        const list = this.index.get(first) ?? [];
        list.push({ lexicon: n, hashes });
        // Longest phrases first, so callers that keep the first hit per start keep the longest.
        list.sort((a, b) => b.hashes.length - a.hashes.length);
        this.index.set(first, list);
      }
    });
  }

  /** The number of a lexicon id, for fast comparisons in rules. Throws on unknown ids (a bug). */
  id(lexiconId: string): number {
    const n = this.numbers.get(lexiconId);
    if (n === undefined) throw new Error(`unknown lexicon ${lexiconId}`);
    return n;
  }

  /** Find every hit of every lexicon in the tokens; `out` is cleared first. */
  match(tokens: Tokens, out: Matches): Matches {
    out.count = 0;
    const { hash, count } = tokens;
    for (let i = 0; i < count; i++) {
      const candidates = this.index.get(hash[i] ?? 0);
      if (candidates === undefined) continue;
      for (const phrase of candidates) {
        const len = phrase.hashes.length;
        if (i + len > count) continue;
        let ok = true;
        for (let j = 1; j < len; j++) {
          if (hash[i + j] !== phrase.hashes[j]) {
            ok = false;
            break;
          }
        }
        if (ok) out.push(phrase.lexicon, i, i + len);
      }
    }
    return out;
  }
}
