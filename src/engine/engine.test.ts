import { describe, expect, it } from 'vitest';
import type { Finding } from '../markers/types.js';
import { sortByStart } from './engine.js';

const finding = (start: number, rule: string): Finding => ({
  code: 'we_talk',
  rule,
  start,
  end: start + 1,
});

describe('sortByStart', () => {
  it.each([
    [[]],
    [[5]],
    [[3, 1, 2]],
    [[1, 1, 0, 1]],
    [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
    [[0, 2, 2, 1, 4, 3]],
  ])('orders %j by start, keeping ties in their order', (starts) => {
    const findings = starts.map((s, i) => finding(s, `r${i}`));
    const expected = [...findings].sort((a, b) => a.start - b.start).map((f) => f.rule);
    sortByStart(findings);
    expect(findings.map((f) => f.rule)).toEqual(expected);
  });
});
