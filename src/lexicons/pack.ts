// The compiled trie as text, for the build-time copy (precompiled.ts). Stored per node: its
// parent, its token's word number and its slot in the edge table, as fixed-width integers
// that load as one typed-array view, so unpacking is one plain loop (it runs at every start,
// before anything is optimised). Token hashes are not stored: the words are, and are hashed
// again on load, so a change to the tokenizer or the hash makes the copy refuse to load
// instead of matching with stale hashes.
import { fromBase64, toBase64 } from '../models/codec.js';
import { hashPhrase, Tokens, tokenize } from '../text/index.js';
import { fingerprint } from './fingerprint.js';
import type { CompiledTrie } from './trie.js';
import type { Lexicon } from './types.js';

/** A compiled trie for one list of lexicons, as stored in precompiled-data.ts. */
export interface PackedTrie {
  /** `fingerprint` of the lexicons it was built from. */
  fingerprint: string;
  nodes: number;
  ends: number;
  depth: number;
  /** log2 of the edge table's size. */
  tableBits: number;
  /** Bytes per stored integer: 2 while every node number and slot fits in 16 bits. */
  width: 2 | 4;
  /** Every edge's token, once each, separated by spaces. */
  words: string;
  /** How many tokens `words` holds: hashing must give exactly as many. */
  wordCount: number;
  /** `hashCheck` of the words' hashes when packed: another hash function cannot load it. */
  hashCheck: number;
  /** Base64: parent, word, slot per node (width each); end lexicons (2 each); end counts (1 each). */
  data: string;
}

/** One number for a list of token hashes. */
export function hashCheck(hashes: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < hashes.length; i++) h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
  return h >>> 0;
}

/** Pack a trie compiled from `lexicons` (build time). */
export function packTrie({ trie, edges }: CompiledTrie, lexicons: readonly Lexicon[]): PackedTrie {
  const { nodes } = trie;
  const ends = trie.endLexicons.length;
  const tableBits = 32 - edges.shift;
  const width = nodes <= 0xffff && tableBits <= 16 ? 2 : 4;
  const wordOf = tokenWords(lexicons);
  const words: string[] = [];
  const wordHashes: number[] = [];
  const numberOf = new Map<number, number>();
  const ints = width === 2 ? new Uint16Array(nodes * 3) : new Uint32Array(nodes * 3);
  for (let k = 1; k < nodes; k++) {
    const h = trie.hash[k] ?? 0;
    let n = numberOf.get(h);
    if (n === undefined) {
      n = words.length;
      numberOf.set(h, n);
      words.push(wordOf.get(h) ?? '');
      wordHashes.push(h);
    }
    ints[k] = trie.parent[k] ?? 0;
    ints[nodes + k] = n;
  }
  edges.child.forEach((child, slot) => {
    if (child !== 0) ints[2 * nodes + child] = slot;
  });
  const text = words.join(' ');
  // The words must hash back to exactly the edge hashes, or the copy could never load.
  const again = hashPhrase(text);
  if (again.length !== words.length || again.some((h, i) => h !== wordHashes[i]))
    throw new Error('lexicon trie: token words do not hash back to their edges');
  const counts = new Uint8Array(nodes);
  for (let k = 0; k < nodes; k++) {
    const count = (trie.endStart[k + 1] ?? 0) - (trie.endStart[k] ?? 0);
    if (count > 255) throw new Error('lexicon trie: more than 255 phrase ends at one node');
    counts[k] = count;
  }
  const bytes = new Uint8Array(ints.byteLength + ends * 2 + nodes);
  bytes.set(new Uint8Array(ints.buffer), 0);
  bytes.set(
    new Uint8Array(trie.endLexicons.buffer, trie.endLexicons.byteOffset, ends * 2),
    ints.byteLength,
  );
  bytes.set(counts, ints.byteLength + ends * 2);
  return {
    fingerprint: fingerprint(lexicons),
    nodes,
    ends,
    depth: trie.depth,
    tableBits,
    width,
    words: text,
    wordCount: words.length,
    hashCheck: hashCheck(wordHashes),
    data: toBase64(bytes),
  };
}

// Typed-array views use the platform's byte order; the copy is written little-endian.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Unpack a stored trie; undefined when its words hash differently now, or it is damaged. */
export function unpackTrie(packed: PackedTrie): CompiledTrie | undefined {
  const { nodes, ends, width, tableBits } = packed;
  const hashes = hashPhrase(packed.words);
  if (!littleEndian || hashes.length !== packed.wordCount) return undefined;
  if (hashCheck(hashes) !== packed.hashCheck) return undefined;
  const bytes = fromBase64(packed.data);
  const intBytes = nodes * 3 * width;
  if (bytes.length !== intBytes + ends * 2 + nodes) return undefined;
  const ints =
    width === 2
      ? new Uint16Array(bytes.buffer, 0, nodes * 3)
      : new Uint32Array(bytes.buffer, 0, nodes * 3);
  const size = 2 ** tableBits;
  const edges = {
    parent: new Int32Array(size),
    hash: new Int32Array(size),
    child: new Int32Array(size),
    shift: 32 - tableBits,
  };
  const parent = new Int32Array(nodes);
  const hash = new Int32Array(nodes);
  for (let k = 1; k < nodes; k++) {
    const p = ints[k] ?? 0;
    const h = hashes[ints[nodes + k] ?? 0] ?? 0;
    const slot = ints[2 * nodes + k] ?? 0;
    parent[k] = p;
    hash[k] = h;
    edges.parent[slot] = p;
    edges.hash[slot] = h;
    edges.child[slot] = k;
  }
  const endLexicons = new Uint16Array(bytes.buffer.slice(intBytes, intBytes + ends * 2));
  const endStart = new Int32Array(nodes + 1);
  const countsAt = intBytes + ends * 2;
  for (let k = 0; k < nodes; k++) endStart[k + 1] = (endStart[k] ?? 0) + (bytes[countsAt + k] ?? 0);
  if (endStart[nodes] !== ends) return undefined;
  const trie = { nodes, parent, hash, endStart, endLexicons, depth: packed.depth };
  return { trie, edges };
}

/** Each token hash of the terms with the token's text (lowercase, as the tokenizer hashes it). */
function tokenWords(lexicons: readonly Lexicon[]): Map<number, string> {
  const words = new Map<number, string>();
  const tokens = new Tokens();
  for (const lex of lexicons) {
    for (const term of lex.terms) {
      tokenize(term, tokens);
      for (let i = 0; i < tokens.count; i++) {
        const h = tokens.hash[i] ?? 0;
        if (!words.has(h)) words.set(h, tokens.word(i).toLowerCase());
      }
    }
  }
  return words;
}
