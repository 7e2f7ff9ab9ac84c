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
  /** Bucket-major copy of `types`, built on first scoring (see typesByBucket). */
  typesByBucket?: Float32Array;
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

// Type rows are stored row-major (one row per type), which costs one cache miss per type
// per feature when scoring. A bucket-major copy puts a feature's eleven weights side by
// side; it is built once per model and kept on it.
function typesByBucket(model: DistortionModel): Float32Array {
  let table = model.typesByBucket;
  if (table === undefined) {
    const k = MODEL_TYPES.length;
    const size = 1 << model.typeBits;
    table = new Float32Array(size * k);
    for (let c = 0; c < k; c++)
      for (let b = 0; b < size; b++) table[b * k + c] = model.types[c * size + b] ?? 0;
    model.typesByBucket = table;
  }
  return table;
}

/** Writes each type's logit into `out` (length MODEL_TYPES.length) and returns the best row. */
export function typeLogits(
  model: DistortionModel,
  slots: Int32Array,
  count: number,
  out: Float64Array,
): number {
  const k = MODEL_TYPES.length;
  const mask = (1 << model.typeBits) - 1;
  const table = typesByBucket(model);
  for (let c = 0; c < k; c++) out[c] = 0;
  for (let j = 0; j < count; j++) {
    const base = ((slots[j] ?? 0) & mask) * k;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + (table[base + c] ?? 0);
  }
  const scale = featureScale(count);
  let best = 0;
  for (let c = 0; c < k; c++) {
    out[c] = (out[c] ?? 0) * scale + (model.typeBias[c] ?? 0);
    if ((out[c] ?? 0) > (out[best] ?? 0)) best = c;
  }
  return best;
}

/** Probability that the utterance whose features are in `features` holds a distortion. */
export function distortionProbability(model: DistortionModel, features: FeatureBuffer): number {
  return sigmoid(binaryLogit(model, features.slot, features.count));
}
