import { describe, expect, it } from 'vitest';
import { emptyCounts, type UtteranceCounts } from '../markers/types.js';
import { addCounts } from './totals.js';

describe('addCounts', () => {
  it.each(Object.keys(emptyCounts()) as (keyof UtteranceCounts)[])('adds %s', (key) => {
    const into = emptyCounts();
    into[key] = 2;
    const from = emptyCounts();
    from[key] = 3;
    addCounts(into, from);
    expect(into[key]).toBe(5);
    const total = (Object.values(into) as number[]).reduce((a, b) => a + b, 0);
    expect(total).toBe(5);
  });
});
