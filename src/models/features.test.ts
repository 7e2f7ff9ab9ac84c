import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../markers/types.js';
import { countFeatureKeys, pushCountFeatures } from './features.js';
import { FeatureBuffer } from './linear.js';
import { T } from './templates.js';
import { featureHash } from './hashing.js';

describe('pushCountFeatures', () => {
  it.each(countFeatureKeys.map((key, i) => [key, i] as const))(
    'a count of %s gives one feature at place %i',
    (key, i) => {
      const counts = emptyCounts();
      counts[key] = 2;
      const out = new FeatureBuffer();
      pushCountFeatures(counts, out);
      expect(out.count).toBe(1);
      expect(out.detail[0]).toBe(i);
      expect(out.index[0]).toBe(featureHash(T.count, i, 2));
    },
  );

  it('caps a count at 3 and gives nothing for no counts', () => {
    const counts = emptyCounts();
    const out = new FeatureBuffer();
    pushCountFeatures(counts, out);
    expect(out.count).toBe(0);
    counts.hedges = 9;
    pushCountFeatures(counts, out);
    expect(out.index[0]).toBe(featureHash(T.count, countFeatureKeys.indexOf('hedges'), 3));
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
