// Compiles every lexicon into one trie over token hashes, so a single pass over an
// utterance's tokens finds all lexicon hits at once instead of one pass per list.
// The trie is flat: its edges live in one open-addressing table of typed arrays keyed by
// (node, token hash), so a step is a multiply and a probe or two, with no Map and no
// pointer chasing. Lexicons expanded from templates put thousands of phrases behind "i"
// or "my"; a list per first word cost ~20x, a Map per node about twice this.
import type { Tokens } from '../text/index.js';
import { precompiledTrie } from './precompiled.js';
import { compileTrie, slotOf } from './trie.js';
import type { Lexicon } from './types.js';

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

/** Node numbers are packed in 16 bits (see `edges`); our lexicons have ~23,000 nodes. */
const MAX_NODES = 0xffff;
/** log2 of the edge filter's bits. */
const EDGE_BITS = 18;

/** All lexicons compiled for one-pass matching. Build once, reuse for every utterance. */
export class LexiconMatcher {
  /** Lexicon number -> lexicon, in the order given. */
  readonly lexicons: readonly Lexicon[];
  private readonly numbers = new Map<string, number>();
  // Edge table, 8 bytes per slot: the token hash, then parent << 16 | child (child 0 = empty
  // slot; the root is node 0). Interleaved so that a probe reads one cache line, where three
  // parallel arrays (0.8 MB) cost up to three misses.
  private readonly edges: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  // A one-hash Bloom filter over the ~23,000 edges (32 KB, ~9% false positives): most steps
  // find no edge, and this stays in cache where a probe of the 0.5 MB edge table misses.
  // With both, the whole engine ran 3-4% faster in alternating A/B runs (5 of 6; the edge
  // probe had been the matcher's top line in the profile).
  private readonly edgeBits: Uint32Array;
  // Phrase ends per node, as offsets into `endLexicons` (CSR layout).
  private readonly endStart: Int32Array;
  private readonly endLexicons: Uint16Array;
  // Nodes that end a phrase on the current walk; reused so matching allocates nothing.
  private readonly pathNode: Int32Array;
  private readonly pathLength: Int32Array;

  constructor(lexicons: readonly Lexicon[]) {
    this.lexicons = lexicons;
    lexicons.forEach((lex, n) => {
      if (this.numbers.has(lex.id)) throw new Error(`duplicate lexicon id ${lex.id}`);
      this.numbers.set(lex.id, n);
    });
    const { trie, edges } = precompiledTrie(lexicons) ?? compileTrie(lexicons);
    this.shift = edges.shift;
    this.mask = edges.child.length - 1;
    if (trie.nodes > MAX_NODES) throw new Error(`lexicon trie has over ${MAX_NODES} nodes`);
    this.edges = new Int32Array(edges.child.length * 2);
    this.edgeBits = new Uint32Array(1 << (EDGE_BITS - 5));
    // ~5 ms per thread, mostly interpreted. Filling these while unpacking the stored trie
    // instead moved the buffers and brought back a slow mode of the engine (see
    // text/staggered.ts); walking only the edges saved ~1.5 ms. Neither was kept.
    for (let slot = 0; slot < edges.child.length; slot++) {
      const child = edges.child[slot] ?? 0;
      const hash = edges.hash[slot] ?? 0;
      const parent = edges.parent[slot] ?? 0;
      this.edges[slot * 2] = hash;
      this.edges[slot * 2 + 1] = (parent << 16) | child;
      if (child !== 0) {
        const bit = slotOf(parent, hash, 32 - EDGE_BITS);
        this.edgeBits[bit >>> 5] = (this.edgeBits[bit >>> 5] ?? 0) | (1 << (bit & 31));
      }
    }
    this.endStart = trie.endStart;
    this.endLexicons = trie.endLexicons;
    this.pathNode = new Int32Array(trie.depth + 1);
    this.pathLength = new Int32Array(trie.depth + 1);
  }

  /** The number of a lexicon id, for fast comparisons in rules. Throws on unknown ids (a bug). */
  id(lexiconId: string): number {
    const n = this.numbers.get(lexiconId);
    if (n === undefined) throw new Error(`unknown lexicon ${lexiconId}`);
    return n;
  }

  /** The child of `node` along token hash `hash`, or 0 when there is none. */
  private step(node: number, hash: number): number {
    const { edges, mask } = this;
    const bit = slotOf(node, hash, 32 - EDGE_BITS);
    if (((this.edgeBits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return 0;
    let slot = slotOf(node, hash, this.shift);
    for (;;) {
      const nodes = edges[slot * 2 + 1] ?? 0;
      const child = nodes & 0xffff;
      if (child === 0) return 0;
      if (edges[slot * 2] === hash && nodes >>> 16 === node) return child;
      slot = (slot + 1) & mask;
    }
  }

  /** Find every hit of every lexicon in the tokens, longest first per start; `out` is cleared first. */
  match(tokens: Tokens, out: Matches): Matches {
    out.count = 0;
    const { hash, count } = tokens;
    const { pathNode, pathLength, endStart, endLexicons } = this;
    for (let i = 0; i < count; i++) {
      let at = 0;
      let found = 0;
      for (let j = i; j < count; j++) {
        at = this.step(at, hash[j] ?? 0);
        if (at === 0) break;
        if ((endStart[at + 1] ?? 0) > (endStart[at] ?? 0)) {
          pathNode[found] = at;
          pathLength[found] = j + 1 - i;
          found++;
        }
      }
      // Longest first, so callers that keep the first hit per start keep the longest.
      for (let k = found - 1; k >= 0; k--) {
        const node = pathNode[k] ?? 0;
        const len = pathLength[k] ?? 0;
        const last = endStart[node + 1] ?? 0;
        for (let e = endStart[node] ?? 0; e < last; e++) out.push(endLexicons[e] ?? 0, i, i + len);
      }
    }
    return out;
  }
}
