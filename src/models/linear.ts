// A multinomial linear model over hashed sparse features. Weights are stored
// feature-major (all classes of one feature side by side) so that scoring a feature
// touches one cache line, which keeps inference at a few memory reads per token.
import { staggered } from '../text/index.js';

/** Index, value, detail and template views of one buffer (see text/staggered.ts). */
function featureArrays(size: number): [Int32Array, Float32Array, Int32Array, Uint8Array] {
  return staggered(size, [Int32Array, Float32Array, Int32Array, Uint8Array]);
}

/** Sparse features of one example: parallel index/value arrays, `count` used. */
export class FeatureBuffer {
  count = 0;
  index: Int32Array;
  value: Float32Array;
  /** Which template produced the feature (see features.ts), for naming top features. */
  template: Uint8Array;
  /** Template-specific detail: a token position or a finding index, for naming. */
  detail: Int32Array;

  constructor(size = 512) {
    [this.index, this.value, this.detail, this.template] = featureArrays(size);
  }

  /** Append one feature; grows the arrays when full. */
  push(index: number, value: number, template: number, detail: number): void {
    if (this.count === this.index.length) this.grow();
    const n = this.count++;
    this.index[n] = index;
    this.value[n] = value;
    this.template[n] = template;
    this.detail[n] = detail;
  }

  private grow(): void {
    const [index, value, detail, template] = featureArrays(this.index.length * 2);
    index.set(this.index);
    value.set(this.value);
    detail.set(this.detail);
    template.set(this.template);
    [this.index, this.value, this.detail, this.template] = [index, value, detail, template];
  }
}

/**
 * A trained softmax classifier: class names, hashed weight table and biases. Shipped models
 * keep their int8 table (times `scale`): a quarter of the memory, so far fewer cache misses
 * per feature lookup, which is most of the cost of scoring.
 */
export class LinearModel {
  readonly classes: readonly string[];
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** weights[feature * classes + k], in units of `scale`. */
  readonly weights: Float32Array | Int8Array;
  readonly scale: number;
  readonly bias: Float32Array;

  constructor(
    classes: readonly string[],
    bits: number,
    weights?: Float32Array | Int8Array,
    bias?: Float32Array,
    scale = 1,
  ) {
    const k = classes.length;
    if (k < 2) throw new Error('a classifier needs at least two classes');
    this.classes = classes;
    this.bits = bits;
    this.weights = weights ?? new Float32Array((1 << bits) * k);
    this.bias = bias ?? new Float32Array(k);
    this.scale = scale;
    if (this.weights.length !== (1 << bits) * k || this.bias.length !== k) {
      throw new Error('weight table does not match classes and bits');
    }
  }

  /** Raw class scores into `out` (length >= classes). */
  scores(features: FeatureBuffer, out: Float64Array): Float64Array {
    const k = this.classes.length;
    const mask = (1 << this.bits) - 1;
    const w = this.weights;
    const { index, value, count } = features;
    // Unrolled per class count with local sums: the generic loop over `out` ran 2-3x slower,
    // and this is the hottest loop of the labels stage.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    if (k === 2) {
      for (let i = 0; i < count; i++) {
        const b = ((index[i] ?? 0) & mask) * 2;
        const v = value[i] ?? 0;
        s0 += (w[b] ?? 0) * v;
        s1 += (w[b + 1] ?? 0) * v;
      }
    } else if (k === 3) {
      for (let i = 0; i < count; i++) {
        const b = ((index[i] ?? 0) & mask) * 3;
        const v = value[i] ?? 0;
        s0 += (w[b] ?? 0) * v;
        s1 += (w[b + 1] ?? 0) * v;
        s2 += (w[b + 2] ?? 0) * v;
      }
    } else if (k === 4) {
      for (let i = 0; i < count; i++) {
        const b = ((index[i] ?? 0) & mask) * 4;
        const v = value[i] ?? 0;
        s0 += (w[b] ?? 0) * v;
        s1 += (w[b + 1] ?? 0) * v;
        s2 += (w[b + 2] ?? 0) * v;
        s3 += (w[b + 3] ?? 0) * v;
      }
    } else {
      return this.scoresAnyK(features, out);
    }
    out[0] = s0 * this.scale + (this.bias[0] ?? 0);
    out[1] = s1 * this.scale + (this.bias[1] ?? 0);
    if (k > 2) out[2] = s2 * this.scale + (this.bias[2] ?? 0);
    if (k > 3) out[3] = s3 * this.scale + (this.bias[3] ?? 0);
    return out;
  }

  private scoresAnyK(features: FeatureBuffer, out: Float64Array): Float64Array {
    const k = this.classes.length;
    const mask = (1 << this.bits) - 1;
    const { weights } = this;
    for (let c = 0; c < k; c++) out[c] = 0;
    const { index, value, count } = features;
    for (let i = 0; i < count; i++) {
      const base = ((index[i] ?? 0) & mask) * k;
      const v = value[i] ?? 0;
      for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * v;
    }
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) * this.scale + (this.bias[c] ?? 0);
    return out;
  }

  /** Index of the best class; ties go to the lower index so prediction is deterministic. */
  predict(features: FeatureBuffer, scratch: Float64Array): number {
    this.scores(features, scratch);
    let best = 0;
    for (let c = 1; c < this.classes.length; c++) {
      if ((scratch[c] ?? 0) > (scratch[best] ?? 0)) best = c;
    }
    return best;
  }

  /**
   * Positions in `features` of the strongest evidence for class `c` over the average of the
   * other classes, strongest first (at most `top`; equal margins keep the earlier feature).
   * The reference definition; the labels stage uses PackedModels' one-pass version.
   */
  topFeatures(features: FeatureBuffer, c: number, top: number): number[] {
    const k = this.classes.length;
    const mask = (1 << this.bits) - 1;
    const w = this.weights;
    const found: { at: number; margin: number }[] = [];
    for (let i = 0; i < features.count; i++) {
      const base = ((features.index[i] ?? 0) & mask) * k;
      let others = 0;
      for (let j = 0; j < k; j++) if (j !== c) others += w[base + j] ?? 0;
      const margin = ((w[base + c] ?? 0) - others / (k - 1)) * (features.value[i] ?? 0);
      if (margin > 0) found.push({ at: i, margin });
    }
    found.sort((a, b) => b.margin - a.margin || a.at - b.at);
    return found.slice(0, top).map((f) => f.at);
  }
}
