import { describe, expect, it } from 'vitest';
import { aucMannWhitney, majorityVote, taskMetrics } from './metrics.js';

describe('taskMetrics', () => {
  it.each([
    // gold, predicted, classes, macroF1, accuracy
    [['a', 'a', 'b', 'b'], ['a', 'a', 'b', 'b'], ['a', 'b'], 1, 1],
    [['a', 'a', 'b', 'b'], ['b', 'b', 'a', 'a'], ['a', 'b'], 0, 0],
    // a: P=2/3 R=1 F1=0.8; b: P=1 R=1/2 F1=2/3 -> macro 0.7333
    [['a', 'a', 'b', 'b'], ['a', 'a', 'a', 'b'], ['a', 'b'], (0.8 + 2 / 3) / 2, 0.75],
    // class c never occurs in gold or predictions: left out of the macro average
    [['a', 'b'], ['a', 'b'], ['a', 'b', 'c'], 1, 1],
    // a missing prediction ('none') is wrong and counts for no class
    [['a', 'b'], ['a', 'none'], ['a', 'b'], (1 + 0) / 2, 0.5],
  ])('%j vs %j', (gold, predicted, classes, macro, accuracy) => {
    const m = taskMetrics(gold, predicted, classes);
    expect(m.macroF1).toBeCloseTo(macro, 6);
    expect(m.accuracy).toBeCloseTo(accuracy, 6);
    expect(m.n).toBe(gold.length);
  });

  it('fills the confusion matrix rows by gold, columns by prediction', () => {
    const m = taskMetrics(['x', 'x', 'y', 'y', 'y'], ['x', 'y', 'y', 'y', 'x'], ['x', 'y']);
    expect(m.confusion).toEqual({ x: { x: 1, y: 1 }, y: { x: 1, y: 2 } });
    expect(m.perClass.y).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, support: 3 });
  });

  it('refuses predictions of another length', () => {
    expect(() => taskMetrics(['a'], [], ['a'])).toThrow();
  });
});

describe('aucMannWhitney', () => {
  it.each([
    [[3, 4], [1, 2], 1],
    [[1, 2], [3, 4], 0],
    [[1], [1], 0.5],
    // pairs: (2>1)=1, (2=2)=.5, (3>1)=1, (3>2)=1 -> 3.5/4
    [[2, 3], [1, 2], 0.875],
  ])('positives %j negatives %j', (pos, neg, auc) => {
    expect(aucMannWhitney(pos, neg)).toBeCloseTo(auc, 9);
  });

  it('is NaN without one of the sides', () => {
    expect(aucMannWhitney([], [1])).toBeNaN();
  });
});

describe('majorityVote', () => {
  it.each([
    [
      [
        { annotator: 3, label: 'a' },
        { annotator: 1, label: 'b' },
        { annotator: 2, label: 'a' },
      ],
      'a',
    ],
    // tie: the label of the lowest annotator id wins, whatever the order
    [
      [
        { annotator: 5, label: 'a' },
        { annotator: 2, label: 'b' },
      ],
      'b',
    ],
    [
      [
        { annotator: 2, label: 'b' },
        { annotator: 5, label: 'a' },
      ],
      'b',
    ],
    [
      [
        { annotator: 4, label: 'a' },
        { annotator: 7, label: 'b' },
        { annotator: 0, label: 'c' },
      ],
      'c',
    ],
    [[], undefined],
  ])('%j -> %s', (votes, expected) => {
    expect(majorityVote(votes)).toBe(expected);
  });
});
