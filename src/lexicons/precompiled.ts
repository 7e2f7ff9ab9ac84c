// Start-up without expanding templates or building the trie: the build does both and
// writes them into the compiled precompiled-data module in dist/ (scripts/gen-lexicons.ts;
// the source copy is empty). Expanding ~13,000 phrases and inserting them cost ~100 ms of
// every start and of every worker's, in code that had not been optimised yet. Lookups are
// by content (the templates; a fingerprint of the terms), so a lexicon that differs from
// the tables is built from its source as before: slower, never stale.
import { EXPANSIONS, TRIES } from './precompiled-data.js';
import { fingerprint, termsHash } from './fingerprint.js';
import { unpackTrie } from './pack.js';
import type { CompiledTrie } from './trie.js';
import type { Lexicon } from './types.js';

let enabled = true;
let table: Map<string, readonly [string, string, number]> | undefined;
let misses = 0;
const recorded = new Map<string, readonly [string, string, number]>();
// Term lists handed out from the table, with their stored `termsHash`.
const served = new WeakMap<readonly string[], number>();

/** Build everything from the sources from now on and record expansions (the generator). */
export function bypassPrecompiled(): void {
  enabled = false;
}

/** Expansions computed from templates (not taken from the table) so far. */
export function expansionMisses(): number {
  return misses;
}

/** Every expansion recorded while bypassing, as [key, terms joined by newlines, termsHash]. */
export function recordedExpansions(): (readonly [string, string, number])[] {
  return [...recorded.values()];
}

/** The table key of one expander call. */
export function expansionKey(expander: string, templates: readonly string[]): string {
  return `${expander}\u0001${templates.join('\u0002')}`;
}

/** The stored expansion of these templates, else `expandNow`'s (recorded for the generator). */
export function expansion(
  expander: string,
  templates: readonly string[],
  expandNow: (templates: readonly string[]) => string[],
): string[] {
  const key = expansionKey(expander, templates);
  if (enabled) {
    table ??= new Map(EXPANSIONS.map((entry) => [entry[0], entry]));
    const stored = table.get(key);
    if (stored !== undefined) {
      const terms = stored[1] === '' ? [] : stored[1].split('\n');
      served.set(terms, stored[2]);
      return terms;
    }
  }
  misses++;
  const terms = expandNow(templates);
  if (!enabled) recorded.set(key, [key, terms.join('\n'), termsHash(terms)]);
  return terms;
}

/** The stored trie for exactly these lexicons, or undefined (then build it from the terms). */
export function precompiledTrie(lexicons: readonly Lexicon[]): CompiledTrie | undefined {
  if (!enabled || TRIES.length === 0) return undefined;
  const print = fingerprint(lexicons, (terms) => served.get(terms));
  const packed = TRIES.find((t) => t.fingerprint === print);
  return packed === undefined ? undefined : unpackTrie(packed);
}
