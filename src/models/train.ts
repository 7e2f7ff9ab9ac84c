// Softmax regression trained by AdaGrad with L2, in plain TypeScript over typed arrays, so
// evaluation can retrain per cross-validation fold in-process. Deterministic: a seeded
// shuffle and a fixed order of operations give byte-identical weights for the same data.
import { seededRandom } from './hashing.js';
import { type FeatureBuffer, LinearModel } from './linear.js';

/** Sparse examples in compressed rows, with a class index and a group (e.g. video) each. */
export class Dataset {
  size = 0;
  private used = 0;
  offsets = new Int32Array(1025);
  index = new Int32Array(1 << 16);
  value = new Float32Array(1 << 16);
  labels = new Int32Array(1024);
  groups = new Int32Array(1024);

  /** Append one example (copies the buffer's features). */
  add(features: FeatureBuffer, label: number, group: number): void {
    if (this.size + 2 > this.offsets.length) {
      this.offsets = grow(this.offsets, this.offsets.length * 2);
      this.labels = grow(this.labels, this.labels.length * 2);
      this.groups = grow(this.groups, this.groups.length * 2);
    }
    const need = this.used + features.count;
    if (need > this.index.length) {
      let size = this.index.length;
      while (size < need) size *= 2;
      this.index = grow(this.index, size);
      const value = new Float32Array(size);
      value.set(this.value);
      this.value = value;
    }
    this.index.set(features.index.subarray(0, features.count), this.used);
    this.value.set(features.value.subarray(0, features.count), this.used);
    this.used = need;
    this.labels[this.size] = label;
    this.groups[this.size] = group;
    this.size++;
    this.offsets[this.size] = this.used;
  }
}

function grow(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old);
  return next;
}

/** Hyperparameters; the defaults are fixed in advance, not tuned on the reported folds. */
export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** 'balanced' weighs each class by n / (classes * n_class), which favours macro-F1. */
  classWeights: 'balanced' | 'sqrt' | 'none';
  seed: number;
  /** Return the average of the weights over all steps (steadier on small data). */
  average: boolean;
}

/** The fixed defaults used by `npm run train` and by cross-validation. */
export const defaultTrainOptions: TrainOptions = {
  bits: 16,
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-5,
  classWeights: 'balanced',
  seed: 20240101,
  average: true,
};

/** Train a softmax model on the given rows of `data` (all rows when omitted). */
export function trainSoftmax(
  data: Dataset,
  classes: readonly string[],
  options: Partial<TrainOptions> = {},
  rows?: ArrayLike<number>,
): LinearModel {
  const o = { ...defaultTrainOptions, ...options };
  const k = classes.length;
  const model = new LinearModel(classes, o.bits);
  const order = Int32Array.from(rows ?? Array.from({ length: data.size }, (_, i) => i));
  const weightOf = classWeights(data, order, k, o.classWeights);
  const mask = (1 << o.bits) - 1;
  const { weights, bias } = model;
  const g2 = new Float32Array(weights.length);
  const b2 = new Float32Array(k);
  const p = new Float64Array(k);
  const random = seededRandom(o.seed);
  // Averaging trick: u accumulates step * update, so the mean weight is w - u / steps.
  const u = o.average ? new Float64Array(weights.length) : undefined;
  const ub = new Float64Array(k);
  let step = 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (let r = 0; r < order.length; r++) {
      const row = order[r] ?? 0;
      const from = data.offsets[row] ?? 0;
      const to = data.offsets[row + 1] ?? 0;
      for (let c = 0; c < k; c++) p[c] = bias[c] ?? 0;
      for (let f = from; f < to; f++) {
        const base = ((data.index[f] ?? 0) & mask) * k;
        const v = data.value[f] ?? 0;
        for (let c = 0; c < k; c++) p[c] = (p[c] ?? 0) + (weights[base + c] ?? 0) * v;
      }
      softmaxInPlace(p);
      const label = data.labels[row] ?? 0;
      const sw = weightOf[label] ?? 1;
      for (let c = 0; c < k; c++) {
        const grad = ((p[c] ?? 0) - (c === label ? 1 : 0)) * sw;
        p[c] = grad;
        b2[c] = (b2[c] ?? 0) + grad * grad;
        const db = (o.learningRate * grad) / Math.sqrt((b2[c] ?? 0) + 1e-8);
        bias[c] = (bias[c] ?? 0) - db;
        ub[c] = (ub[c] ?? 0) - step * db;
      }
      for (let f = from; f < to; f++) {
        const base = ((data.index[f] ?? 0) & mask) * k;
        const v = data.value[f] ?? 0;
        for (let c = 0; c < k; c++) {
          const at = base + c;
          const w = weights[at] ?? 0;
          const g = (p[c] ?? 0) * v + o.l2 * w;
          const acc = (g2[at] ?? 0) + g * g;
          g2[at] = acc;
          const dw = (o.learningRate * g) / Math.sqrt(acc + 1e-8);
          weights[at] = w - dw;
          if (u !== undefined) u[at] = (u[at] ?? 0) - step * dw;
        }
      }
      step++;
    }
  }
  if (u !== undefined) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) - (u[i] ?? 0) / step;
    for (let c = 0; c < k; c++) bias[c] = (bias[c] ?? 0) - (ub[c] ?? 0) / step;
  }
  return model;
}

function softmaxInPlace(p: Float64Array): void {
  let max = -Infinity;
  for (const x of p) if (x > max) max = x;
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    const e = Math.exp((p[c] ?? 0) - max);
    p[c] = e;
    sum += e;
  }
  for (let c = 0; c < p.length; c++) p[c] = (p[c] ?? 0) / sum;
}

function classWeights(
  data: Dataset,
  rows: Int32Array,
  k: number,
  mode: TrainOptions['classWeights'],
): Float64Array {
  const counts = new Float64Array(k);
  for (const r of rows) counts[data.labels[r] ?? 0] = (counts[data.labels[r] ?? 0] ?? 0) + 1;
  const out = new Float64Array(k).fill(1);
  if (mode === 'none') return out;
  for (let c = 0; c < k; c++) {
    const n = counts[c] ?? 0;
    const balanced = n === 0 ? 1 : rows.length / (k * n);
    out[c] = mode === 'balanced' ? balanced : Math.sqrt(balanced);
  }
  return out;
}
