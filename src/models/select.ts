// Training settings (today: the learning rate) chosen by inner cross-validation: only the
// rows a model is trained on take part, so an outer (reported) fold never influences the
// settings of its own model. The rate mattered far more than L2 or epochs.
import type { LinearModel } from './linear.js';
import { type Dataset, type TrainOptions, trainSoftmax } from './train.js';

/** Settings tried by the inner cross-validation, in order (ties keep the first). */
export const trainOptionsGrid: readonly Partial<TrainOptions>[] = [0.2, 0.05, 0.02, 0.01].map(
  (learningRate) => ({ learningRate }),
);

/** How the inner cross-validation splits rows: fold of a row's group, and how many folds. */
export interface InnerFolds {
  folds: number;
  /** Inner fold of a dataset group (e.g. of a session, assigned by video). */
  foldOf: (group: number) => number;
}

/** Macro-F1 over class ids; classes never seen nor predicted count as 0. */
function macroF1(gold: Int32Array, predicted: Int32Array, k: number): number {
  const tp = new Float64Array(k);
  const fp = new Float64Array(k);
  const fn = new Float64Array(k);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 0;
    const p = predicted[i] ?? 0;
    if (g === p) tp[g] = (tp[g] ?? 0) + 1;
    else {
      fp[p] = (fp[p] ?? 0) + 1;
      fn[g] = (fn[g] ?? 0) + 1;
    }
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const t = tp[c] ?? 0;
    sum += t === 0 ? 0 : (2 * t) / (2 * t + (fp[c] ?? 0) + (fn[c] ?? 0));
  }
  return sum / k;
}

/** Inner out-of-fold predictions: gold class and the k raw scores of every row reached. */
interface InnerPredictions {
  gold: Int32Array;
  /** scores[i * k + c] for the i-th row predicted. */
  scores: Float64Array;
  count: number;
}

function innerPredictions(
  data: Dataset,
  classes: readonly string[],
  rows: readonly number[],
  inner: InnerFolds,
  options: Partial<TrainOptions>,
): InnerPredictions {
  const k = classes.length;
  const gold = new Int32Array(rows.length);
  const scores = new Float64Array(rows.length * k);
  const features = { index: data.index, value: data.value };
  const scratch = new Float64Array(k);
  let at = 0;
  for (let f = 0; f < inner.folds; f++) {
    const train = rows.filter((r) => inner.foldOf(data.groups[r] ?? 0) !== f);
    const test = rows.filter((r) => inner.foldOf(data.groups[r] ?? 0) === f);
    if (train.length === 0 || test.length === 0) continue;
    const model = trainSoftmax(data, classes, options, train);
    for (const r of test) {
      gold[at] = data.labels[r] ?? 0;
      scoreRow(model, features, data.offsets, r, scratch);
      scores.set(scratch, at * k);
      at++;
    }
  }
  return { gold, scores, count: at };
}

/** Macro-F1 of argmax(scores + offsets) against gold. */
function offsetF1(p: InnerPredictions, k: number, offsets: Float64Array): number {
  const predicted = new Int32Array(p.count);
  for (let i = 0; i < p.count; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) {
      const s = (p.scores[i * k + c] ?? 0) + (offsets[c] ?? 0);
      if (s > (p.scores[i * k + best] ?? 0) + (offsets[best] ?? 0)) best = c;
    }
    predicted[i] = best;
  }
  return macroF1(p.gold.subarray(0, p.count), predicted, k);
}

/** Out-of-fold macro-F1 of one setting over the inner folds of `rows`. */
function innerScore(
  data: Dataset,
  classes: readonly string[],
  rows: readonly number[],
  inner: InnerFolds,
  options: Partial<TrainOptions>,
): number {
  const p = innerPredictions(data, classes, rows, inner, options);
  return offsetF1(p, classes.length, new Float64Array(classes.length));
}

function scoreRow(
  model: LinearModel,
  features: { index: Int32Array; value: Float32Array },
  offsets: Int32Array,
  row: number,
  scratch: Float64Array,
): void {
  const k = model.classes.length;
  const mask = (1 << model.bits) - 1;
  for (let c = 0; c < k; c++) scratch[c] = model.bias[c] ?? 0;
  for (let f = offsets[row] ?? 0; f < (offsets[row + 1] ?? 0); f++) {
    const base = ((features.index[f] ?? 0) & mask) * k;
    const v = features.value[f] ?? 0;
    for (let c = 0; c < k; c++) scratch[c] = (scratch[c] ?? 0) + (model.weights[base + c] ?? 0) * v;
  }
}

/** Bias offsets tried per class, smallest change first (ties keep the smaller one). */
export const biasOffsetGrid: readonly number[] = [
  0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75, -1, 1, -1.5, 1.5, -2, 2,
];

/**
 * Offsets added to a model's class biases so that argmax favours macro-F1, chosen on the
 * inner out-of-fold scores of `rows` (never on a reported fold). Balanced class weights
 * alone over-predicted the small classes (e.g. sustain talk).
 */
export function selectBiasOffsets(
  data: Dataset,
  classes: readonly string[],
  rows: readonly number[],
  inner: InnerFolds,
  options: Partial<TrainOptions>,
  grid: readonly number[] = biasOffsetGrid,
): number[] {
  const p = innerPredictions(data, classes, rows, inner, options);
  return chooseBiasOffsets(p.gold.subarray(0, p.count), p.scores, classes.length, grid);
}

/**
 * The offsets (class 0 fixed at 0) that maximise macro-F1 of argmax(scores + offsets):
 * coordinate search, each other class in turn over `grid`, two rounds, a change kept only
 * when it improves (so the first, smallest, of equally good offsets wins).
 */
export function chooseBiasOffsets(
  gold: Int32Array,
  scores: Float64Array,
  k: number,
  grid: readonly number[] = biasOffsetGrid,
): number[] {
  const p: InnerPredictions = { gold, scores, count: gold.length };
  const offsets = new Float64Array(k);
  let best = offsetF1(p, k, offsets);
  for (let round = 0; round < 2; round++) {
    for (let c = 1; c < k; c++) {
      let chosen = offsets[c] ?? 0;
      for (const x of grid) {
        offsets[c] = x;
        const f1 = offsetF1(p, k, offsets);
        if (f1 > best + 1e-9) {
          best = f1;
          chosen = x;
        }
      }
      offsets[c] = chosen;
    }
  }
  return Array.from(offsets);
}

/**
 * The setting of `grid` (over `options`) with the best inner out-of-fold macro-F1 on
 * `rows`. Inner rows carry the gold previous-label features, so the scores run a little
 * high; only their order is used.
 */
export function selectTrainOptions(
  data: Dataset,
  classes: readonly string[],
  rows: readonly number[],
  inner: InnerFolds,
  options: Partial<TrainOptions> = {},
  grid: readonly Partial<TrainOptions>[] = trainOptionsGrid,
): Partial<TrainOptions> {
  let best: Partial<TrainOptions> = { ...options, ...grid[0] };
  let bestScore = -1;
  for (const setting of grid) {
    const candidate = { ...options, ...setting };
    const score = innerScore(data, classes, rows, inner, candidate);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
