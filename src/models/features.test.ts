import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../markers/types.js';
import { countAt, countFeatureKeys } from './features.js';
import { featureHash } from './hashing.js';

describe('countAt', () => {
  // Each count gets a distinct value, so a read of the wrong field shows.
  const counts = emptyCounts();
  countFeatureKeys.forEach((key, i) => (counts[key] = i + 1));
  it.each(countFeatureKeys.map((key, i) => [i, key] as const))('position %i reads %s', (i, key) => {
    expect(countAt(counts, i)).toBe(counts[key]);
  });

  it('reads nothing past the list', () => {
    expect(countAt(counts, countFeatureKeys.length)).toBe(0);
  });
});

describe('featureHash', () => {
  it.each([
    [1, 42, 0],
    [2, 42, 7],
    [23, 0xfffffff, 3],
  ])('template %i of (%i, %i) is a signed 32-bit integer, stable per input', (t, a, b) => {
    const h = featureHash(t, a, b);
    expect(h).toBe(h | 0);
    expect(featureHash(t, a, b)).toBe(h);
    expect(featureHash(t + 1, a, b)).not.toBe(h);
  });
});
