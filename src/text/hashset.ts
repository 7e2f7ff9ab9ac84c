// A set of token hashes on typed arrays, cleared in O(1) by bumping a generation stamp.
// The engine keeps the last turn's words of each speaker in one of these: a JS Set built
// per utterance cost more than tokenising the utterance.

/** Set of 30-bit token hashes; reuse one instance, `clear()` is free. */
export class HashSet {
  /** Members in insertion order; valid up to `size`. */
  members = new Uint32Array(64);
  size = 0;
  private keys = new Uint32Array(256);
  private stamps = new Uint32Array(256);
  private generation = 1;

  /** Forget every member. */
  clear(): void {
    this.size = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Is h a member? */
  has(h: number): boolean {
    const mask = this.keys.length - 1;
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      if (this.stamps[slot] !== this.generation) return false;
      if (this.keys[slot] === h) return true;
      slot = (slot + 1) & mask;
    }
  }

  /** Add h (no-op when present). */
  add(h: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (this.stamps[slot] === this.generation) {
      if (this.keys[slot] === h) return;
      slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.generation;
    this.keys[slot] = h;
    if (this.size === this.members.length) {
      const next = new Uint32Array(this.members.length * 2);
      next.set(this.members);
      this.members = next;
    }
    this.members[this.size++] = h;
  }

  /**
   * Add the first `count` entries of `hashes`. The engine adds every token of every turn,
   * so the loop keeps the tables and the generation in locals instead of calling `add`.
   */
  addAll(hashes: Uint32Array, count: number): void {
    if ((this.size + count) * 2 > this.keys.length) this.growFor(this.size + count);
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    let members = this.members;
    let size = this.size;
    for (let i = 0; i < count; i++) {
      const h = hashes[i] ?? 0;
      let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      let found = false;
      while (stamps[slot] === generation) {
        if (keys[slot] === h) {
          found = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (found) continue;
      stamps[slot] = generation;
      keys[slot] = h;
      if (size === members.length) {
        const next = new Uint32Array(members.length * 2);
        next.set(members);
        members = next;
      }
      members[size++] = h;
    }
    this.members = members;
    this.size = size;
  }

  /** Iterate members (allocates an iterator: prefer `members` and `size` in hot code). */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.size; i++) yield this.members[i] ?? 0;
  }

  private grow(): void {
    this.growFor(this.size + 1);
  }

  // Rehash into a table at least twice `n`, so adding up to `n` members never probes a full table.
  private growFor(n: number): void {
    const members = this.members.subarray(0, this.size).slice();
    let length = this.keys.length * 2;
    while (length < n * 2) length *= 2;
    this.keys = new Uint32Array(length);
    this.stamps = new Uint32Array(this.keys.length);
    this.generation = 1;
    this.size = 0;
    for (const h of members) this.add(h);
  }
}
