import { describe, expect, it } from 'vitest';
import { emptyCounts, type UtteranceCounts } from '../markers/types.js';
import { addCounts } from './totals.js';

describe('addCounts', () => {
  it.each(Object.keys(emptyCounts()) as (keyof UtteranceCounts)[])('adds %s', (key) => {
    const into = emptyCounts();
    into[key] = 2;
    addCounts(into, { ...emptyCounts(), [key]: 3 });
    expect(into[key]).toBe(5);
    expect(Object.values(into).reduce((a, b) => a + b, 0)).toBe(5);
  });
});
