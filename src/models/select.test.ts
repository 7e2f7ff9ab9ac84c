import { describe, expect, it } from 'vitest';
import {
  Dataset,
  FeatureBuffer,
  chooseBiasOffsets,
  selectBiasOffsets,
  selectTrainOptions,
} from './index.js';

/** Feature 11 means "x", 22 means "y"; groups 0-3 let the inner folds split by group. */
function twoClassData(): Dataset {
  const data = new Dataset();
  const f = new FeatureBuffer();
  for (let i = 0; i < 40; i++) {
    f.count = 0;
    f.push(i % 2 === 0 ? 11 : 22, 1, 1, 0);
    f.push(7, 1, 1, 0);
    data.add(f, i % 2, i % 4);
  }
  return data;
}

const rows = Array.from({ length: 40 }, (_, i) => i);
const inner = { folds: 4, foldOf: (group: number) => group };

describe('selectTrainOptions', () => {
  it.each([
    [[{ learningRate: 0 }, { learningRate: 0.2 }], 0.2],
    [[{ learningRate: 0.2 }, { learningRate: 0 }], 0.2],
    [[{ learningRate: 0 }], 0],
  ])('with grid %j picks learning rate %d', (grid, expected) => {
    const chosen = selectTrainOptions(twoClassData(), ['x', 'y'], rows, inner, { bits: 8 }, grid);
    expect(chosen.learningRate).toBe(expected);
    expect(chosen.bits).toBe(8);
  });
});

describe('selectBiasOffsets', () => {
  it('leaves a model that is already right alone', () => {
    const offsets = selectBiasOffsets(twoClassData(), ['x', 'y'], rows, inner, { bits: 8 });
    expect(offsets).toEqual([0, 0]);
  });
});

describe('chooseBiasOffsets', () => {
  // Rows as [gold, score of class 0, score of class 1, score of class 2].
  it.each([
    [
      'class 1 always scored 0.3 short',
      [
        [0, 1, 0, -9],
        [1, 0.3, 0, -9],
        [1, 0.4, 0, -9],
      ],
      [0, 0.5, 0],
    ],
    [
      'already right',
      [
        [0, 1, 0, 0],
        [1, 0, 1, 0],
        [2, 0, 0, 1],
      ],
      [0, 0, 0],
    ],
    [
      'class 2 over-called',
      [
        [0, 1, 0, 1.2],
        [1, 0, 1, 0],
        [2, 0, 0, 1],
      ],
      [0, 0, -0.25],
    ],
  ])('%s -> %j', (_, rows, expected) => {
    const gold = Int32Array.from(rows, (r) => r[0] ?? 0);
    const scores = Float64Array.from(rows.flatMap((r) => r.slice(1)));
    expect(chooseBiasOffsets(gold, scores, 3)).toEqual(expected);
  });
});
