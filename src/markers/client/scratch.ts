// Small helpers every client rule shares. Kept apart so each rule file stays about its rule.
import type { Tokens } from '../../text/index.js';

/** Per-token bit flags for one utterance; one buffer per rule, reused for every utterance. */
export class TokenFlags {
  private bits = new Uint8Array(256);

  /** Zeroed flags for n tokens (grows when needed, never shrinks). */
  reset(n: number): Uint8Array {
    if (n > this.bits.length) this.bits = new Uint8Array(n * 2);
    else this.bits.fill(0, 0, n);
    return this.bits;
  }
}

/** Character span of tokens [first, last) as a finding needs it. */
export function charSpan(
  tokens: Tokens,
  first: number,
  last: number,
): { start: number; end: number } {
  return { start: tokens.start[first] ?? 0, end: tokens.end[last - 1] ?? 0 };
}

/** Lexicon numbers of ids, resolved once; lexicons the matcher lacks throw (a wiring bug). */
export function lexiconTable(
  ids: readonly string[],
  size: number,
  id: (lexiconId: string) => number,
): Int16Array {
  // Lexicon number -> position in `ids`, or -1: one array read per match instead of a Map.
  const table = new Int16Array(size).fill(-1);
  ids.forEach((lexiconId, n) => {
    table[id(lexiconId)] = n;
  });
  return table;
}
