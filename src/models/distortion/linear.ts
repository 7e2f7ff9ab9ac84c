// The distortion model: two hashed linear models that share one feature extraction.
// A logistic model says whether an utterance is distorted; a softmax model says which
// distortion. Type weights use fewer buckets (the low bits of the same hash) because
// ten rows of them would otherwise dominate the committed weights' size.
import { MODEL_TYPES } from './labels.js';
import type { FeatureBuffer } from './features.js';

/** A trained distortion model, ready to score. */
export interface DistortionModel {
  /** Feature buckets of the binary model: 2^bits. */
  bits: number;
  /** Feature buckets per type row: 2^typeBits, typeBits <= bits. */
  typeBits: number;
  /** Distortion-vs-none logistic weights. */
  binary: Float32Array;
  binaryBias: number;
  /** Probability of a distortion at or above which the model makes a finding. */
  threshold: number;
  /** One row of 2^typeBits weights per entry of MODEL_TYPES. */
  types: Float32Array;
  typeBias: Float32Array;
}

/** Feature value: counts scaled by 1/sqrt(n), so long and short utterances score alike. */
export function featureScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The binary model's logit for bucket list `slots` (the first `count` entries). */
export function binaryLogit(model: DistortionModel, slots: Int32Array, count: number): number {
  const { binary } = model;
  let z = 0;
  for (let j = 0; j < count; j++) z += binary[slots[j] ?? 0] ?? 0;
  return z * featureScale(count) + model.binaryBias;
}

/** Writes each type's logit into `out` (length MODEL_TYPES.length) and returns the best row. */
export function typeLogits(
  model: DistortionModel,
  slots: Int32Array,
  count: number,
  out: Float64Array,
): number {
  const size = 1 << model.typeBits;
  const mask = size - 1;
  const scale = featureScale(count);
  let best = 0;
  for (let c = 0; c < MODEL_TYPES.length; c++) {
    const base = c * size;
    let z = 0;
    for (let j = 0; j < count; j++) z += model.types[base + ((slots[j] ?? 0) & mask)] ?? 0;
    out[c] = z * scale + (model.typeBias[c] ?? 0);
    if ((out[c] ?? 0) > (out[best] ?? 0)) best = c;
  }
  return best;
}

/** Probability that the utterance whose features are in `features` holds a distortion. */
export function distortionProbability(model: DistortionModel, features: FeatureBuffer): number {
  return sigmoid(binaryLogit(model, features.slot, features.count));
}
