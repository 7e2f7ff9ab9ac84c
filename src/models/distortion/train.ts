// Deterministic SGD training of the two linear models. L2 decay uses the scaled-weight
// trick (w = scale * v) so each step costs only the utterance's own features.
import { MODEL_TYPES, typeRow } from './labels.js';
import { featureScale, type DistortionModel } from './linear.js';
import type { DistortionType } from '../../markers/types.js';
import { seededRandom, shuffle } from './folds.js';

/** One training utterance: its feature buckets (at `bits`) and gold label. */
export interface TrainingExample {
  slots: Int32Array;
  label: DistortionType | 'none';
  /** Features of just the distorted words, where annotators marked them: a sharper type signal. */
  typeSlots?: Int32Array;
}

/** Training settings; fixed in code or chosen by an inner split, never on reported folds. */
export interface TrainOptions {
  bits: number;
  typeBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  typeL2: number;
  threshold: number;
  seed: number;
}

/** Defaults used unless the inner split chooses otherwise. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: 14,
  typeBits: 12,
  epochs: 12,
  learningRate: 0.5,
  l2: 1e-4,
  typeL2: 1e-4,
  threshold: 0.5,
  seed: 20210601,
};

interface Sgd {
  v: Float64Array;
  scale: number;
  bias: Float64Array;
}

function finish(state: Sgd): Float32Array {
  return Float32Array.from(state.v, (x) => x * state.scale);
}

function decay(state: Sgd, factor: number): void {
  state.scale *= factor;
  if (state.scale < 1e-9) {
    // Fold the scale back in before it underflows.
    for (let i = 0; i < state.v.length; i++) state.v[i] = (state.v[i] ?? 0) * state.scale;
    state.scale = 1;
  }
}

/** Train a model on the examples; same examples and options give the same weights. */
export function trainDistortionModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): DistortionModel {
  const { bits, typeBits, epochs, learningRate: lr0 } = options;
  const random = seededRandom(options.seed);
  const bin: Sgd = { v: new Float64Array(1 << bits), scale: 1, bias: new Float64Array(1) };
  const tSize = 1 << typeBits;
  const tMask = tSize - 1;
  const T = MODEL_TYPES.length;
  const typ: Sgd = { v: new Float64Array(T * tSize), scale: 1, bias: new Float64Array(T) };
  // Balanced class weights: rare types would otherwise never win the softmax.
  const typeCount = new Float64Array(T);
  for (const e of examples) if (e.label !== 'none') typeCount[typeRow(e.label)]! += 1;
  const distorted = typeCount.reduce((a, b) => a + b, 0);
  const weight = Float64Array.from(typeCount, (n) => (n > 0 ? distorted / (T * n) : 0));
  const order = examples.map((_, i) => i);
  const p = new Float64Array(T);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const e = examples[i] as TrainingExample;
      const n = e.slots.length;
      const x = featureScale(n);
      const lr = lr0 / (1 + lr0 * options.l2 * t);
      const tlr = lr0 / (1 + lr0 * options.typeL2 * t);
      t++;
      let z = bin.bias[0] ?? 0;
      for (let j = 0; j < n; j++) z += (bin.v[e.slots[j] ?? 0] ?? 0) * bin.scale * x;
      const g = 1 / (1 + Math.exp(-z)) - (e.label === 'none' ? 0 : 1);
      decay(bin, 1 - lr * options.l2);
      const step = (lr * g * x) / bin.scale;
      for (let j = 0; j < n; j++) bin.v[e.slots[j] ?? 0]! -= step;
      bin.bias[0]! -= lr * g;
      if (e.label === 'none') continue;
      const gold = typeRow(e.label);
      const ts = e.typeSlots ?? e.slots;
      const tn = ts.length;
      const tx = featureScale(tn);
      let max = -Infinity;
      for (let c = 0; c < T; c++) {
        let s = typ.bias[c] ?? 0;
        for (let j = 0; j < tn; j++)
          s += (typ.v[c * tSize + ((ts[j] ?? 0) & tMask)] ?? 0) * typ.scale * tx;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < T; c++) sum += p[c] = Math.exp((p[c] ?? 0) - max);
      decay(typ, 1 - tlr * options.typeL2);
      const w = weight[gold] ?? 1;
      for (let c = 0; c < T; c++) {
        const gc = ((p[c] ?? 0) / sum - (c === gold ? 1 : 0)) * w;
        const cstep = (tlr * gc * tx) / typ.scale;
        for (let j = 0; j < tn; j++) typ.v[c * tSize + ((ts[j] ?? 0) & tMask)]! -= cstep;
        typ.bias[c]! -= tlr * gc;
      }
    }
  }
  return {
    bits,
    typeBits,
    binary: finish(bin),
    binaryBias: bin.bias[0] ?? 0,
    threshold: options.threshold,
    types: finish(typ),
    typeBias: Float32Array.from(typ.bias),
  };
}
