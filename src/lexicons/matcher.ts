// Compiles every lexicon into one trie keyed by token hash, so a single pass over an
// utterance's tokens finds all lexicon hits at once instead of one pass per list. A trie,
// not a list per first word: lexicons expanded from templates put thousands of phrases
// behind "i" or "my", and scanning them all at every such token cost ~20x in throughput.
import { hashPhrase, type Tokens } from '../text/index.js';
import type { Lexicon } from './types.js';

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  /** Lexicons whose phrase ends at this node, in the order they were given. */
  ends: number[];
}

function node(): TrieNode {
  return { next: undefined, ends: [] };
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
  private readonly root = node();
  /** Nodes passed on the current walk that end a phrase; reused so matching allocates nothing. */
  private path: TrieNode[] = [];
  private pathLength = new Int32Array(16);
  /** Lexicon number -> lexicon, in the order given. */
  readonly lexicons: readonly Lexicon[];
  private readonly numbers = new Map<string, number>();

  constructor(lexicons: readonly Lexicon[]) {
    this.lexicons = lexicons;
    let depth = 0;
    lexicons.forEach((lex, n) => {
      if (this.numbers.has(lex.id)) throw new Error(`duplicate lexicon id ${lex.id}`);
      this.numbers.set(lex.id, n);
      for (const term of lex.terms) {
        const hashes = hashPhrase(term);
        if (hashes.length === 0) throw new Error(`empty term in lexicon ${lex.id}`);
        let at = this.root;
        for (const h of hashes) {
          at.next ??= new Map();
          let child = at.next.get(h);
          if (child === undefined) {
            child = node();
            at.next.set(h, child);
          }
          at = child;
        }
        at.ends.push(n);
        depth = Math.max(depth, hashes.length);
      }
    });
    this.pathLength = new Int32Array(depth + 1);
  }

  /** The number of a lexicon id, for fast comparisons in rules. Throws on unknown ids (a bug). */
  id(lexiconId: string): number {
    const n = this.numbers.get(lexiconId);
    if (n === undefined) throw new Error(`unknown lexicon ${lexiconId}`);
    return n;
  }

  /** Find every hit of every lexicon in the tokens, longest first per start; `out` is cleared first. */
  match(tokens: Tokens, out: Matches): Matches {
    out.count = 0;
    const { hash, count } = tokens;
    const path = this.path;
    const lengths = this.pathLength;
    for (let i = 0; i < count; i++) {
      let at: TrieNode | undefined = this.root;
      let found = 0;
      for (let j = i; j < count; j++) {
        at = at.next?.get(hash[j] ?? 0);
        if (at === undefined) break;
        if (at.ends.length > 0) {
          path[found] = at;
          lengths[found] = j + 1 - i;
          found++;
        }
      }
      // Longest first, so callers that keep the first hit per start keep the longest.
      for (let k = found - 1; k >= 0; k--) {
        const len = lengths[k] ?? 0;
        for (const lexicon of path[k]?.ends ?? []) out.push(lexicon, i, i + len);
      }
    }
    return out;
  }
}
