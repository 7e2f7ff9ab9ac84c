import { describe, expect, it } from 'vitest';
import { Engine } from '../engine/index.js';
import type { Transcript } from '../transcript/types.js';
import {
  Dataset,
  FALLBACK_RULE,
  FeatureBuffer,
  LinearModel,
  decodeModel,
  encodeModel,
  quantize,
  shippedModels,
  trainSoftmax,
  weightsMetadata,
} from './index.js';
import { fromBase64, toBase64 } from './codec.js';

/** A toy task: feature 11 means class "x", feature 22 means "y", 33 means "z"; 99 is noise. */
function toyData(): Dataset {
  const data = new Dataset();
  const f = new FeatureBuffer();
  const cues = [11, 22, 33];
  for (let i = 0; i < 60; i++) {
    const label = i % 3;
    f.count = 0;
    f.push(cues[label] ?? 0, 1, 1, 0);
    f.push(99, 1, 1, 0);
    data.add(f, label, i % 5);
  }
  return data;
}

const one = (index: number): FeatureBuffer => {
  const f = new FeatureBuffer();
  f.push(index, 1, 1, 0);
  return f;
};

describe('trainSoftmax', () => {
  it.each([
    [11, 0],
    [22, 1],
    [33, 2],
  ])('learns that feature %i means class %i', (feature, label) => {
    const model = trainSoftmax(toyData(), ['x', 'y', 'z'], { bits: 10 });
    expect(model.predict(one(feature), new Float64Array(3))).toBe(label);
  });

  it('is deterministic for a seed and changes with it', () => {
    const a = trainSoftmax(toyData(), ['x', 'y', 'z'], { bits: 10 });
    const b = trainSoftmax(toyData(), ['x', 'y', 'z'], { bits: 10 });
    const c = trainSoftmax(toyData(), ['x', 'y', 'z'], { bits: 10, seed: 7 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.weights)).not.toEqual(Array.from(c.weights));
  });

  it('trains only on the rows given', () => {
    const rows = [0, 3, 6, 9]; // all class x
    const model = trainSoftmax(
      toyData(),
      ['x', 'y', 'z'],
      { bits: 10, classWeights: 'none' },
      rows,
    );
    expect(model.predict(one(22), new Float64Array(3))).toBe(0);
  });
});

describe('LinearModel.topFeatures', () => {
  // Four buckets, two classes; bucket b has weights [class a, class b].
  const model = new LinearModel(['a', 'b'], 2, Float32Array.from([3, 0, 1, 0, -2, 0, 0.5, 0]));
  const features = new FeatureBuffer();
  for (const bucket of [0, 1, 2, 3]) features.push(bucket, 1, 1, bucket);
  it.each([
    // margins for a: 3, 1, -2, 0.5 -> positive ones, strongest first
    [0, 3, [0, 1, 3]],
    [0, 2, [0, 1]],
    // margins for b are the negatives: only bucket 2 helps b
    [1, 3, [2]],
  ])('class %i, top %i -> positions %j', (c, top, expected) => {
    expect(model.topFeatures(features, c, top)).toEqual(expected);
  });
});

describe('weights codec', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
  ])('base64 of %j is %j and back', (text, encoded) => {
    const bytes = new TextEncoder().encode(text);
    expect(toBase64(bytes)).toBe(encoded);
    expect(Array.from(fromBase64(encoded))).toEqual(Array.from(bytes));
  });

  it('round-trips a model within half a quantisation step and keeps its predictions', () => {
    const model = trainSoftmax(toyData(), ['x', 'y', 'z'], { bits: 10 });
    const encoded = encodeModel(model);
    const back = decodeModel(encoded);
    for (let i = 0; i < model.weights.length; i++) {
      expect(
        Math.abs((back.weights[i] ?? 0) * back.scale - (model.weights[i] ?? 0)),
      ).toBeLessThanOrEqual(encoded.scale / 2 + 1e-6);
    }
    for (const f of [11, 22, 33]) {
      expect(back.predict(one(f), new Float64Array(3))).toBe(
        model.predict(one(f), new Float64Array(3)),
      );
    }
    expect(encodeModel(quantize(model))).toEqual(encoded);
  });
});

const session: Transcript = {
  utterances: [
    { index: 0, role: 'therapist', speaker: 'T', text: 'What would you like to talk about today?' },
    {
      index: 1,
      role: 'client',
      speaker: 'C',
      text: 'I want to cut down on my drinking, I really do.',
    },
    { index: 2, role: 'therapist', speaker: 'T', text: 'So you are tired of feeling this way.' },
    { index: 3, role: 'other', speaker: 'X', text: 'Sorry to interrupt.' },
  ],
};

describe('labels stage', () => {
  it('falls back to the question-mark rule without models, and says so', () => {
    const out = new Engine({ models: null }).analyzeUtterances(session);
    expect(out.map((u) => u.labels.behaviour ?? u.labels.talkType)).toEqual([
      'question',
      expect.any(String),
      'other',
      undefined,
    ]);
    expect(out[0]?.labels.because).toContain(FALLBACK_RULE);
  });

  it('labels with the shipped weights and names the features that decided', () => {
    expect(shippedModels()).not.toBeNull();
    expect(weightsMetadata?.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    const out = new Engine().analyzeUtterances(session);
    expect(out[0]?.labels).toMatchObject({ behaviour: 'question', questionType: 'open' });
    expect(out[0]?.labels.because[0]).toMatch(/^therapistBehaviour:/);
    for (const u of out) expect(new Set(u.labels.because).size).toBe(u.labels.because.length);
    expect(out[1]?.labels.talkType).toBeDefined();
    expect(out[2]?.labels.behaviour).toBe('reflection');
    expect(out[2]?.labels.reflectionType).toBeDefined();
    expect(out[2]?.labels.questionType).toBeUndefined();
    expect(out[3]?.labels).toEqual({ because: [] });
  });

  it('predicts both subtypes on every therapist turn when asked (evaluation)', () => {
    const out = new Engine({ everySubtype: true }).analyzeUtterances(session);
    expect(out[0]?.labels.reflectionType).toBeDefined();
    expect(out[2]?.labels.questionType).toBeDefined();
  });
});
