// Classification and ranking arithmetic for evaluation; plain functions over arrays.

/** Per-class figures. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Metrics for one classification task. */
export interface TaskMetrics {
  macroF1: number;
  accuracy: number;
  n: number;
  perClass: Record<string, ClassMetrics>;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

/**
 * Score predictions against gold labels over a fixed class list. A prediction outside the
 * list (e.g. a missing label) counts as wrong for its gold class and as no class's hit.
 * Macro-F1 averages over classes that occur in gold or predictions, as scikit-learn does.
 */
export function taskMetrics(
  gold: readonly string[],
  predicted: readonly string[],
  classes: readonly string[],
): TaskMetrics {
  if (gold.length !== predicted.length) throw new Error('gold and predictions differ in length');
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of classes) confusion[g] = Object.fromEntries(classes.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? '';
    const p = predicted[i] ?? '';
    if (g === p) correct++;
    const row = confusion[g];
    if (row !== undefined && p in row) row[p] = (row[p] ?? 0) + 1;
  }
  const perClass: Record<string, ClassMetrics> = {};
  let f1Sum = 0;
  let present = 0;
  for (const c of classes) {
    const tp = confusion[c]?.[c] ?? 0;
    const support = gold.filter((g) => g === c).length;
    const predictedCount = predicted.filter((p) => p === c).length;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
    if (support > 0 || predictedCount > 0) {
      f1Sum += f1;
      present++;
    }
  }
  return {
    macroF1: present === 0 ? 0 : f1Sum / present,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    n: gold.length,
    perClass,
    confusion,
  };
}

/**
 * Mann-Whitney AUC: the chance that a random positive scores above a random negative,
 * ties counting one half. NaN when either side is empty.
 */
export function aucMannWhitney(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  }
  return wins / (positives.length * negatives.length);
}

/** Majority label; ties go to the label of the lowest annotator id among the tied. */
export function majorityVote(
  votes: readonly { annotator: number; label: string }[],
): string | undefined {
  const counts = new Map<string, { n: number; lowest: number }>();
  for (const v of votes) {
    const c = counts.get(v.label);
    if (c === undefined) counts.set(v.label, { n: 1, lowest: v.annotator });
    else {
      c.n++;
      c.lowest = Math.min(c.lowest, v.annotator);
    }
  }
  let best: string | undefined;
  let bestN = 0;
  let bestLowest = Infinity;
  for (const [label, c] of counts) {
    if (c.n > bestN || (c.n === bestN && c.lowest < bestLowest)) {
      best = label;
      bestN = c.n;
      bestLowest = c.lowest;
    }
  }
  return best;
}
