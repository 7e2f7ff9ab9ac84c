import { describe, expect, it } from 'vitest';
import { bestThreshold, fBeta } from './select.js';

describe('fBeta', () => {
  it.each([
    // tp, fp, fn, beta, expected
    [8, 2, 2, 1, 0.8],
    [8, 0, 8, 0.5, (1.25 * 8) / (1.25 * 8 + 0.25 * 8)],
    [8, 8, 0, 0.5, (1.25 * 8) / (1.25 * 8 + 8)],
    [0, 3, 3, 0.5, 0],
  ])('tp %i fp %i fn %i beta %f', (tp, fp, fn, beta, expected) => {
    expect(fBeta(tp, fp, fn, beta)).toBeCloseTo(expected);
  });
});

describe('bestThreshold', () => {
  it('prefers a precise threshold over flagging everything when most rows are positive', () => {
    // Eight positives and four negatives. Flagging all (0.2) has the best F1 (0.8); 0.7 keeps
    // five sure positives and no false alarm, which F0.5 prefers.
    const probabilities = [0.9, 0.9, 0.8, 0.8, 0.75, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3];
    const positive = [true, true, true, true, true, true, true, true, false, false, false, false];
    const { threshold, f1 } = bestThreshold(probabilities, positive);
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(0.75);
    expect(f1).toBeCloseTo((2 * 5) / (2 * 5 + 3));
  });
});
