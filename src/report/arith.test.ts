import { describe, expect, it } from 'vitest';
import { per100, percentOf, ramp, ratio, saturate, smoothedShare } from './arith.js';

describe('report arithmetic', () => {
  it.each([
    [3, 150, 2],
    [1, 3, 33.33],
    [0, 50, 0],
    [5, 0, 0],
  ])('per100(%d, %d) = %d', (count, words, expected) => {
    expect(per100(count, words)).toBe(expected);
  });

  it.each([
    [2, 5, 40],
    [7, 10, 70],
    [1, 3, 33.33],
    [0, 4, 0],
    [0, 0, null],
  ])('percentOf(%d, %d) = %s', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });

  it.each([
    [4, 2, 2],
    [1, 3, 0.33],
    [0, 3, 0],
    [3, 0, null],
  ])('ratio(%d, %d) = %s', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it.each([
    [0, 2, 0],
    [1, 2, 0.5],
    [4, 2, 1],
  ])('saturate(%d, %d) = %d', (x, t, expected) => {
    expect(saturate(x, t)).toBe(expected);
  });

  it.each([
    [40, 50, 80, 0],
    [65, 50, 80, 0.5],
    [95, 50, 80, 1],
  ])('ramp(%d, %d, %d) = %d', (x, from, to, expected) => {
    expect(ramp(x, from, to)).toBe(expected);
  });

  it.each([
    [0, 0, 0.5],
    [1, 0, 2 / 3],
    [0, 1, 1 / 3],
    [3, 1, 4 / 6],
  ])('smoothedShare(%d, %d) = %d', (up, down, expected) => {
    expect(smoothedShare(up, down)).toBeCloseTo(expected, 10);
  });
});
