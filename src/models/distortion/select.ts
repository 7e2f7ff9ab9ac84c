// Chooses regularisation and the decision threshold by an inner grouped split of the
// training examples only. Callers that report held-out figures pass just their training
// folds here, so the reported folds never influence a hyperparameter.
import { groupedStratifiedFolds } from './folds.js';
import { MODEL_TYPES, typeRow } from './labels.js';
import { binaryLogit, sigmoid, typeLogits, type DistortionModel } from './linear.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  trainDistortionModel,
  type TrainOptions,
  type TrainingExample,
} from './train.js';

/** What the inner split chose and the inner figures it chose them by. */
export interface Selection {
  options: TrainOptions;
  innerF1: number;
  innerTypeMacroF1: number;
}

/** The regularisation values tried; the threshold is searched from 0.20 to 0.90. */
export const L2_GRID: readonly number[] = [1e-5, 1e-4, 1e-3];

/** F1 of the positive class from counts. */
export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the model's types, from gold and predicted row numbers. */
export function typeMacroF1(gold: ArrayLike<number>, predicted: ArrayLike<number>): number {
  let total = 0;
  for (let c = 0; c < MODEL_TYPES.length; c++) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === c,
        p = predicted[i] === c;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    total += f1(tp, fp, fn);
  }
  return total / MODEL_TYPES.length;
}

/** F-beta of the positive class from counts; beta < 1 weighs precision above recall. */
export function fBeta(tp: number, fp: number, fn: number, beta: number): number {
  const b2 = beta * beta;
  return tp === 0 ? 0 : ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp);
}

/**
 * Weight of recall against precision when choosing the threshold. The data has about two
 * distorted posts for every plain one, so F1 rewarded flagging nearly everything (calling
 * every post distorted scores 0.77). In a session a false "distortion" on a client's change
 * talk misleads the therapist, and the rules already catch the explicit cases, so the model
 * should speak when it is likely right: F0.5, the usual precision-first choice.
 */
export const THRESHOLD_BETA = 0.5;

/**
 * The threshold in [0.20, 0.90] with the best F-beta (THRESHOLD_BETA) on these probabilities
 * (lowest on ties); `f1` is the F1 at that threshold.
 */
export function bestThreshold(
  probabilities: ArrayLike<number>,
  positive: ArrayLike<boolean>,
): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  let bestScore = -1;
  for (let step = 20; step <= 90; step++) {
    const th = step / 100;
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < probabilities.length; i++) {
      const p = (probabilities[i] ?? 0) >= th;
      if (p && positive[i]) tp++;
      else if (p) fp++;
      else if (positive[i]) fn++;
    }
    const score = fBeta(tp, fp, fn, THRESHOLD_BETA);
    if (score > bestScore) {
      bestScore = score;
      best = { threshold: th, f1: f1(tp, fp, fn) };
    }
  }
  return best;
}

/** Probability and best type row for one example's slots. */
export function scoreSlots(
  model: DistortionModel,
  slots: Int32Array,
  scratch: Float64Array,
): { p: number; type: number } {
  const p = sigmoid(binaryLogit(model, slots, slots.length));
  return { p, type: typeLogits(model, slots, slots.length, scratch) };
}

/** Pick l2, type l2 and threshold by `folds`-fold grouped CV inside `examples`. */
export function selectOptions(
  examples: readonly TrainingExample[],
  groups: readonly string[],
  base: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  folds = 3,
): Selection {
  const fold = groupedStratifiedFolds(
    groups,
    examples.map((e) => e.label),
    folds,
    base.seed + 1,
  );
  const positive = examples.map((e) => e.label !== 'none');
  const scratch = new Float64Array(MODEL_TYPES.length);
  let best: Selection | undefined;
  let bestTypeL2 = base.typeL2;
  let bestTypeF1 = -1;
  let bestProbs = new Float64Array(0);
  for (const l2 of L2_GRID) {
    const probs = new Float64Array(examples.length);
    const gold: number[] = [];
    const predicted: number[] = [];
    for (let k = 0; k < folds; k++) {
      const model = trainDistortionModel(
        examples.filter((_, i) => fold[i] !== k),
        { ...base, l2, typeL2: l2 },
      );
      examples.forEach((e, i) => {
        if (fold[i] !== k) return;
        const s = scoreSlots(model, e.slots, scratch);
        probs[i] = s.p;
        if (e.label !== 'none') {
          gold.push(typeRow(e.label));
          predicted.push(s.type);
        }
      });
    }
    const { f1: score } = bestThreshold(probs, positive);
    if (best === undefined || score > best.innerF1) {
      best = { options: { ...base, l2 }, innerF1: score, innerTypeMacroF1: 0 };
      bestProbs = probs;
    }
    const typeF1 = typeMacroF1(gold, predicted);
    if (typeF1 > bestTypeF1) {
      bestTypeF1 = typeF1;
      bestTypeL2 = l2;
    }
  }
  const chosen = best as Selection;
  const { threshold } = bestThreshold(bestProbs, positive);
  return {
    options: { ...chosen.options, typeL2: bestTypeL2, threshold },
    innerF1: chosen.innerF1,
    innerTypeMacroF1: bestTypeF1,
  };
}
