import { describe, expect, it } from 'vitest';
import { Dataset, FeatureBuffer, selectTrainOptions, trainSoftmax } from './index.js';

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

describe('topFeaturesInPlace', () => {
  it.each([[1], [2], [3]])('agrees with topFeatures for the %i strongest', (top) => {
    const model = trainSoftmax(twoClassData(), ['x', 'y'], { bits: 8 });
    const f = new FeatureBuffer();
    f.push(7, 1, 1, 0);
    f.push(11, 1, 1, 0);
    f.push(22, 0.5, 1, 0);
    const expected = model.topFeatures(f, 0, top);
    const n = model.topFeaturesInPlace(f, 0, top);
    expect(Array.from(model.topPositions.subarray(0, n))).toEqual(expected);
    expect(expected[0]).toBe(1); // feature 11 is the evidence for "x"
  });
});
