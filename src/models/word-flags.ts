// Flags of a few hundred known words (function word, negation) by token hash: one probe of a
// typed open-addressing table per token, where JS Sets cost one hashed lookup per flag.

/** The word is a function word: it says little about content (see overlapStopWords). */
export const STOP = 1;
/** The word negates the rest of its clause (see negationWords). */
export const NEGATION = 2;

/** Read-only flags by 30-bit token hash; unknown words have none. */
export class WordFlags {
  private readonly keys: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;

  /** Build from lists of word hashes, each with the flag it sets. */
  constructor(lists: readonly { hashes: readonly number[]; flag: number }[]) {
    let n = 0;
    for (const l of lists) n += l.hashes.length;
    let size = 64;
    while (size < n * 4) size *= 2;
    this.keys = new Uint32Array(size);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    for (const { hashes, flag } of lists) for (const h of hashes) this.add(h, flag);
  }

  private slot(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 16) & this.mask;
  }

  private add(h: number, flag: number): void {
    // Hash 0 marks an empty slot; a word hashing to 0 simply gets no flags.
    if (h === 0) return;
    let s = this.slot(h);
    while (this.keys[s] !== 0 && this.keys[s] !== h) s = (s + 1) & this.mask;
    this.keys[s] = h;
    this.flags[s] = (this.flags[s] ?? 0) | flag;
  }

  /** Flags of the word with hash `h` (0 when none). */
  get(h: number): number {
    let s = this.slot(h);
    for (;;) {
      const k = this.keys[s] ?? 0;
      if (k === h) return h === 0 ? 0 : (this.flags[s] ?? 0);
      if (k === 0) return 0;
      s = (s + 1) & this.mask;
    }
  }
}
