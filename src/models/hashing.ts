// Feature ids are hashes of (template, value, value) so no feature dictionary is needed:
// the same numbers come out in training and in the browser, with no strings per token.

/**
 * Mix a template id and two 32-bit values into one well-spread 32-bit feature hash, signed:
 * an int32 stays a small integer in V8 where a uint32 above 2^30 became a boxed number, and
 * the bucket (`hash & mask`) and the Int32Array feature buffers see the same bits either way.
 */
export function featureHash(template: number, a: number, b = 0): number {
  let h = Math.imul((template + 0x9e3779b9) | 0, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h ^= h >>> 15;
  return h | 0;
}

/** FNV-1a of a short identifier (finding codes, rule ids, count names); cached by callers. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A small seeded PRNG (mulberry32): training must be reproducible byte for byte. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Murmur3's finaliser, spreading a hash over all bits: FNV word hashes differ mostly in
 * high bits, and a bucket mask keeps the low ones.
 */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
