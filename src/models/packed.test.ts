import { describe, expect, it } from 'vitest';
import {
  Dataset,
  FeatureBuffer,
  type LabelModels,
  TASK_CLASSES,
  encodeModel,
  quantize,
  shippedModels,
  trainSoftmax,
} from './index.js';
import { PackedModels, argmax } from './packed.js';
import { TopK } from './topk.js';
import { T } from './templates.js';
import { encodedModels } from './weights/index.js';

/** Toy data for a task: feature 100 + class id means that class; 7 is on every row. */
function toyModel(classes: readonly string[], bits = 6): ReturnType<typeof trainSoftmax> {
  const data = new Dataset();
  const f = new FeatureBuffer();
  for (let i = 0; i < 40 * classes.length; i++) {
    const label = i % classes.length;
    f.count = 0;
    f.push(100 + label, 1, T.first, 0);
    f.push(7, 1, T.first, 0);
    data.add(f, label, i % 5);
  }
  return quantize(trainSoftmax(data, classes, { bits }));
}

const models: LabelModels = {
  therapistBehaviour: toyModel(TASK_CLASSES.therapistBehaviour),
  questionType: toyModel(TASK_CLASSES.questionType),
  reflectionType: toyModel(TASK_CLASSES.reflectionType),
  clientTalkType: toyModel(TASK_CLASSES.clientTalkType),
};
const packed = new PackedModels(models, 3);

function mapTasks<A, B>(
  m: Record<keyof LabelModels, A>,
  f: (a: A) => B,
): Record<keyof LabelModels, B> {
  return {
    therapistBehaviour: f(m.therapistBehaviour),
    questionType: f(m.questionType),
    reflectionType: f(m.reflectionType),
    clientTalkType: f(m.clientTalkType),
  };
}

/** Features 100-103 with falling values, 7, and a word feature that must not be named. */
function features(template = T.first): FeatureBuffer {
  const f = new FeatureBuffer();
  [100, 101, 102, 103, 7].forEach((h, i) => f.push(h, 1 - i * 0.1, template, i));
  f.push(101, 5, T.word, 9);
  return f;
}

/** Positions a TopK kept, strongest first. */
function kept(top: TopK): number[] {
  return Array.from(top.at.subarray(0, top.count));
}

/** The model's own three strongest features for class `c`, the word at position 5 left out. */
function modelTop(model: LabelModels[keyof LabelModels], f: FeatureBuffer, c: number): number[] {
  return model
    .topFeatures(f, c, 8)
    .filter((at) => at !== 5)
    .slice(0, 3);
}

describe('PackedModels', () => {
  // The engine fills its tables straight from the stored weights; evaluation and training
  // pack decoded models. Both must give the same bytes, scales and biases.
  it.each([
    ['the toy models', models, mapTasks(models, encodeModel)],
    ['the shipped weights', shippedModels(), encodedModels],
  ] as const)('packs %s alike from stored and from decoded weights', (_n, decoded, stored) => {
    if (decoded === null || stored === null) throw new Error('no shipped weights');
    const a = new PackedModels(decoded);
    const b = new PackedModels(stored);
    for (const side of ['therapist', 'client'] as const) {
      expect(b[side].table).toEqual(a[side].table);
      expect(b[side].scale).toEqual(a[side].scale);
      expect(b[side].bias).toEqual(a[side].bias);
    }
    expect(a.therapist.table.some((w) => w !== 0)).toBe(true);
  });

  it.each([
    ['therapistBehaviour', 0],
    ['questionType', 4],
    ['reflectionType', 6],
  ] as const)('therapist table scores %s as the model does', (task, column) => {
    const expected = models[task].scores(features(), new Float64Array(4));
    const got = new Float64Array(8);
    packed.scoreTherapist(features(), got);
    for (let c = 0; c < models[task].classes.length; c++)
      expect(got[column + c]).toBeCloseTo(expected[c] ?? 0, 9);
  });

  it.each([0, 1, 2])('client table scores talk type class %i as the model does', (c) => {
    const expected = models.clientTalkType.scores(features(), new Float64Array(3));
    const got = new Float64Array(3);
    packed.scoreClient(features(), got);
    expect(got[c]).toBeCloseTo(expected[c] ?? 0, 9);
  });

  it.each([0, 1, 2, 3])(
    'names the same evidence as the model for behaviour %i, never a word',
    (b) => {
      const f = features();
      packed.topTherapist(f, b, -1, -1);
      expect(kept(packed.behaviourTop)).toEqual(modelTop(models.therapistBehaviour, f, b));
    },
  );

  it.each([
    [0, 1],
    [1, 0],
  ])('names question class %i and reflection class %i evidence in the same pass', (q, r) => {
    const f = features();
    packed.topTherapist(f, 0, q, r);
    expect(kept(packed.questionTop)).toEqual(modelTop(models.questionType, f, q));
    expect(kept(packed.reflectionTop)).toEqual(modelTop(models.reflectionType, f, r));
  });

  it.each([0, 1, 2])('names client talk class %i evidence as the model does', (t) => {
    const f = features();
    packed.topClient(f, t);
    expect(kept(packed.talkTop)).toEqual(modelTop(models.clientTalkType, f, t));
  });

  it('refuses therapist models of different table sizes', () => {
    expect(
      () => new PackedModels({ ...models, questionType: toyModel(TASK_CLASSES.questionType, 5) }),
    ).toThrow(/one table size/);
  });
});

describe('TopK', () => {
  it.each([
    [[3, 1, 2, 5], 2, [3, 0]],
    [[1, 1, 1], 2, [0, 1]],
    [[-1, 0, 2], 3, [2]],
  ])('offered %j keeps the %i largest positive: %j', (margins, limit, expected) => {
    const top = new TopK(limit);
    margins.forEach((m, i) => {
      if (m > top.floor) top.offer(i, m);
    });
    expect(Array.from(top.at.subarray(0, top.count))).toEqual(expected);
  });
});

describe('argmax', () => {
  it.each([
    [[1, 3, 2], 0, 3, 1],
    [[5, 5, 1], 0, 3, 0],
    [[9, 0, 1, 4], 1, 3, 2],
  ])('of %j from %i over %i is %i', (scores, from, n, expected) => {
    expect(argmax(Float64Array.from(scores), from, n)).toBe(expected);
  });
});
