// Small arithmetic helpers shared by the report sections. Percentages are computed as
// (a * 100) / b so that exact thresholds (2 of 5 = 40%) stay exact in floating point.

/** Round to two decimals for display-stable JSON. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Count per 100 words, 0 when there are no words (nothing said, nothing counted). */
export const per100 = (count: number, words: number): number =>
  words > 0 ? round2((count * 100) / words) : 0;

/** Percent a / b, or null when b is 0 (undefined, not zero). */
export const percentOf = (part: number, whole: number): number | null =>
  whole > 0 ? round2((part * 100) / whole) : null;

/** Ratio a / b, or null when b is 0. */
export const ratio = (a: number, b: number): number | null => (b > 0 ? round2(a / b) : null);

/** Clamp into [lo, hi]. */
export const clamp = (x: number, lo = 0, hi = 1): number => (x < lo ? lo : x > hi ? hi : x);

/** Fraction of a target reached, capped at 1: more is better up to the target. */
export const saturate = (x: number, target: number): number => clamp(x / target);

/** 0 below `from`, 1 above `to`, linear between: for penalties that start at a level. */
export const ramp = (x: number, from: number, to: number): number =>
  clamp((x - from) / (to - from));

/**
 * Share of `up` against `down` with one pseudo-count each: 0.5 when neither was seen, so
 * a session without these markers is neutral rather than failed, and every extra marker
 * moves the share.
 */
export const smoothedShare = (up: number, down: number): number => (up + 1) / (up + down + 2);
