// Metrics for distortion evaluation: detection (any distortion vs none) and the dominant
// type among rows whose gold label is a distortion.
import type { DistortionType } from '../markers/types.js';
import type { ClassMetrics, TaskMetrics } from './index.js';

/** What a detector said about one row: a type, or none. */
export type Prediction = DistortionType | 'none';

/** Distortion-vs-none figures with the raw counts behind them. */
export type BinaryMetrics = {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
};

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Distortion-vs-none metrics: any type counts as a distortion on either side. */
export function binaryMetrics(
  gold: readonly Prediction[],
  predicted: readonly Prediction[],
): BinaryMetrics {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  gold.forEach((g, i) => {
    const gp = g !== 'none',
      pp = predicted[i] !== 'none';
    if (gp && pp) tp++;
    else if (pp) fp++;
    else if (gp) fn++;
    else tn++;
  });
  const precision = ratio(tp, tp + fp),
    recall = ratio(tp, tp + fn);
  return {
    precision,
    recall,
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    accuracy: ratio(tp + tn, gold.length),
    tp,
    fp,
    fn,
    tn,
  };
}

/**
 * Type metrics on the rows whose gold is a distortion. Macro-F1 averages the given
 * classes; a row predicted 'none' or another type counts against its gold type.
 */
export function typeMetrics(
  gold: readonly Prediction[],
  predicted: readonly Prediction[],
  classes: readonly DistortionType[],
): TaskMetrics {
  const confusion: Record<string, Record<string, number>> = {};
  let n = 0,
    correct = 0;
  gold.forEach((g, i) => {
    if (g === 'none') return;
    const p = predicted[i] ?? 'none';
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
    n++;
    if (p === g) correct++;
  });
  const perClass: Record<string, ClassMetrics> = {};
  let sum = 0;
  for (const c of classes) {
    const tp = confusion[c]?.[c] ?? 0;
    let support = 0,
      predictedAs = 0;
    for (const [g, row] of Object.entries(confusion)) {
      predictedAs += row[c] ?? 0;
      if (g === c) for (const v of Object.values(row)) support += v;
    }
    const precision = ratio(tp, predictedAs),
      recall = ratio(tp, support);
    const f1 = ratio(2 * tp, predictedAs + support);
    perClass[c] = { precision, recall, f1, support };
    sum += f1;
  }
  return {
    macroF1: ratio(sum, classes.length),
    accuracy: ratio(correct, n),
    n,
    perClass,
    confusion,
  };
}
