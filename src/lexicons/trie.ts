// The lexicon trie as plain tables, built from the terms or unpacked from the build-time
// copy (precompiled.ts). Nodes are numbered in insertion order, so a child's parent and the
// token hash on its edge describe the whole trie; the matcher lays them out for lookups.
import { hashPhrase } from '../text/index.js';
import type { Lexicon } from './types.js';

/** A trie over token hashes: node k > 0 hangs under parent[k] by the token hash hash[k]. */
export interface TrieTables {
  nodes: number;
  parent: Int32Array;
  hash: Int32Array;
  /** Phrase ends per node as offsets into `endLexicons` (CSR): node k owns [k, k+1). */
  endStart: Int32Array;
  endLexicons: Uint16Array;
  /** Longest phrase, in tokens. */
  depth: number;
}

/** Home slot of edge (node, hash) among 2^(32 - shift) slots; the matcher probes alike. */
export const slotOf = (node: number, hash: number, shift: number): number =>
  Math.imul(hash ^ Math.imul(node, 0x27d4eb2d), 0x9e3779b1) >>> shift;

/** The trie's edges laid out for lookups: slot -> parent, token hash, child (0 = empty). */
export interface EdgeLayout {
  parent: Int32Array;
  hash: Int32Array;
  child: Int32Array;
  /** 32 minus log2 of the table size: `slotOf` keeps the hash's top bits. */
  shift: number;
}

/** A trie and its edge layout: what the matcher runs on. */
export interface CompiledTrie {
  trie: TrieTables;
  edges: EdgeLayout;
}

/** Open-addressing table of (parent, hash) -> child; kept at most half full. */
export class EdgeTable implements EdgeLayout {
  parent: Int32Array;
  hash: Int32Array;
  child: Int32Array;
  shift: number;
  private count = 0;

  /** A table for `edges` edges without growing (at least 2^14 slots). */
  constructor(edges = 0) {
    let bits = 14;
    while (1 << bits < edges * 2) bits++;
    this.shift = 32 - bits;
    this.parent = new Int32Array(1 << bits);
    this.hash = new Int32Array(1 << bits);
    this.child = new Int32Array(1 << bits);
  }

  /** Add an edge, doubling the table first when it would pass half full. */
  insert(parent: number, hash: number, child: number): void {
    if ((this.count + 1) * 2 > this.child.length) {
      const old = { parent: this.parent, hash: this.hash, child: this.child };
      this.shift--;
      this.parent = new Int32Array(old.child.length * 2);
      this.hash = new Int32Array(old.child.length * 2);
      this.child = new Int32Array(old.child.length * 2);
      for (let i = 0; i < old.child.length; i++) {
        const c = old.child[i] ?? 0;
        if (c !== 0) this.place(old.parent[i] ?? 0, old.hash[i] ?? 0, c);
      }
    }
    this.place(parent, hash, child);
    this.count++;
  }

  private place(parent: number, hash: number, child: number): void {
    const mask = this.child.length - 1;
    let slot = slotOf(parent, hash, this.shift);
    while (this.child[slot] !== 0) slot = (slot + 1) & mask;
    this.parent[slot] = parent;
    this.hash[slot] = hash;
    this.child[slot] = child;
  }

  /** The child of `node` along `hash`, or 0. */
  step(node: number, hash: number): number {
    const mask = this.child.length - 1;
    let slot = slotOf(node, hash, this.shift);
    for (;;) {
      const child = this.child[slot] ?? 0;
      if (child === 0) return 0;
      if (this.hash[slot] === hash && this.parent[slot] === node) return child;
      slot = (slot + 1) & mask;
    }
  }
}

/** Lay the trie's edges out for lookups, in node order (so the layout is reproducible). */
export function edgeTable(trie: TrieTables): EdgeTable {
  const table = new EdgeTable(trie.nodes - 1);
  for (let k = 1; k < trie.nodes; k++) table.insert(trie.parent[k] ?? 0, trie.hash[k] ?? 0, k);
  return table;
}

/** Build the trie from the terms and lay it out. */
export function compileTrie(lexicons: readonly Lexicon[]): CompiledTrie {
  const trie = buildTrie(lexicons);
  return { trie, edges: edgeTable(trie) };
}

/** Build the trie from the lexicons' terms (lexicon numbers are their positions). */
export function buildTrie(lexicons: readonly Lexicon[]): TrieTables {
  const table = new EdgeTable();
  const parent: number[] = [0];
  const hash: number[] = [0];
  // Phrase ends as (node, lexicon) pairs in insertion order, laid out per node below.
  const endNode: number[] = [];
  const endLexicon: number[] = [];
  let depth = 0;
  lexicons.forEach((lex, n) => {
    for (const term of lex.terms) {
      const hashes = hashPhrase(term);
      if (hashes.length === 0) throw new Error(`empty term in lexicon ${lex.id}`);
      let at = 0;
      for (const h of hashes) {
        let child = table.step(at, h);
        if (child === 0) {
          child = parent.length;
          parent.push(at);
          hash.push(h);
          table.insert(at, h, child);
        }
        at = child;
      }
      endNode.push(at);
      endLexicon.push(n);
      depth = Math.max(depth, hashes.length);
    }
  });
  const nodes = parent.length;
  const endStart = new Int32Array(nodes + 1);
  for (const node of endNode) endStart[node + 1] = (endStart[node + 1] ?? 0) + 1;
  for (let i = 0; i < nodes; i++) endStart[i + 1] = (endStart[i + 1] ?? 0) + (endStart[i] ?? 0);
  const endLexicons = new Uint16Array(endNode.length);
  const fill = endStart.slice(0, nodes);
  endNode.forEach((node, k) => {
    endLexicons[fill[node] ?? 0] = endLexicon[k] ?? 0;
    fill[node] = (fill[node] ?? 0) + 1;
  });
  return {
    nodes,
    parent: Int32Array.from(parent),
    hash: Int32Array.from(hash),
    endStart,
    endLexicons,
    depth,
  };
}
