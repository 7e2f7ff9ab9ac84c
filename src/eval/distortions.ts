// `alliance eval distortions`: the real engine against the Shreevastava & Foltz (2021)
// patient questions, one client utterance per row. Without `cv` it measures the engine as
// shipped (its committed weights were trained on the whole dev file, so that figure is a
// training-set figure). With `cv: K` each held-out fold is predicted by a model trained on
// the other folds, with hyperparameters chosen by an inner split of those folds only; the
// rule findings still come from the real engine, and the fold model is applied to them by
// the same `decideDistortion` the engine's 'distortion-model' stage calls.
import { Engine } from '../engine/index.js';
import type { DistortionType, Finding } from '../markers/types.js';
import {
  DistortionScratch,
  decideDistortion,
  groupedStratifiedFolds,
  MODEL_TYPES,
  selectOptions,
  trainDistortionModel,
  DEFAULT_TRAIN_OPTIONS,
  type TrainOptions,
} from '../models/distortion/index.js';
import { Tokens, tokenize } from '../text/index.js';
import {
  distortionExamples,
  engineFindings,
  parseDistortionCsv,
  type DistortionRow,
} from './distortion-data.js';
import {
  binaryMetrics,
  typeMetrics,
  type BinaryMetrics,
  type Prediction,
} from './distortion-metrics.js';
import type { TaskMetrics } from './index.js';

export {
  DistortionEvalError,
  distortionExamples,
  engineFindings,
  parseDistortionCsv,
  type DistortionRow,
} from './distortion-data.js';

/** Options for `evalDistortions`. */
export interface DistortionEvalOptions {
  /** Grouped, stratified K-fold CV: train per fold, predict the held-out fold. */
  cv?: number;
  /** Seed for folds and training (default: the training default). */
  seed?: number;
  /** Fixed training settings to start from (the inner split still picks l2 and threshold). */
  train?: Partial<TrainOptions>;
}

/** Figures for one way of predicting: detection and type. */
export type DistortionScores = { distortion: BinaryMetrics; type: TaskMetrics };

/** The evaluation result (a plain record, so every renderer can print it). */
export type DistortionEvalResult = {
  task: 'distortions';
  method: 'engine' | 'grouped-cv';
  folds?: number;
  n: number;
  /** Rules plus model, as the engine reports it. */
  engine: DistortionScores;
  /** Rules alone (the model stage left out). */
  rulesOnly: DistortionScores;
  /** F1 of calling every row distorted: the floor any detector must clear here. */
  alwaysDistortionF1: number;
  /** Rows whose Id_Number ends in 7-9: the rule author did not look at them. */
  rulesHeldOut: { n: number; engine: BinaryMetrics; rulesOnly: BinaryMetrics };
  published: { distortionF1: number };
};

function predict(findings: readonly Finding[]): Prediction {
  const counts = new Map<DistortionType, number>();
  let best: DistortionType | 'none' = 'none';
  let bestCount = 0;
  for (const f of findings) {
    if (f.code !== 'distortion') continue;
    const n = (counts.get(f.distortion) ?? 0) + 1;
    counts.set(f.distortion, n);
    if (n > bestCount) [best, bestCount] = [f.distortion, n];
  }
  return best;
}

function crossValidated(
  rows: readonly DistortionRow[],
  rules: readonly Finding[][],
  k: number,
  base: TrainOptions,
): Finding[][] {
  const { seed } = base;
  const examples = distortionExamples(rows, rules, base.bits);
  const ids = rows.map((r) => r.id);
  const fold = groupedStratifiedFolds(
    ids,
    rows.map((r) => r.gold),
    k,
    seed,
  );
  const out: Finding[][] = rules.map((f) => [...f]);
  const tokens = new Tokens();
  const scratch = new DistortionScratch();
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const chosen = selectOptions(
      train,
      ids.filter((_, i) => fold[i] !== f),
      base,
    );
    const model = trainDistortionModel(train, chosen.options);
    rows.forEach((row, i) => {
      if (fold[i] !== f) return;
      const finding = decideDistortion(model, tokenize(row.text, tokens), rules[i] ?? [], scratch);
      if (finding !== undefined) out[i]?.push(finding);
    });
  }
  return out;
}

function scores(rows: readonly DistortionRow[], findings: readonly Finding[][]): DistortionScores {
  const predicted = findings.map(predict);
  const gold = rows.map((r) => r.gold);
  return {
    distortion: binaryMetrics(gold, predicted),
    type: typeMetrics(gold, predicted, MODEL_TYPES),
  };
}

/** The fixed training settings an evaluation starts from. */
export function trainOptions(options: DistortionEvalOptions): TrainOptions {
  const base: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options.train };
  if (options.seed !== undefined) base.seed = options.seed;
  return base;
}

/** Evaluate distortion detection and typing against a Shreevastava & Foltz format CSV. */
export function evalDistortions(
  csv: string,
  options: DistortionEvalOptions = {},
): DistortionEvalResult {
  const rows = parseDistortionCsv(csv);
  const engine = new Engine();
  const rules = engineFindings(engine, rows, false);
  const k = options.cv ?? 0;
  const full =
    k > 1
      ? crossValidated(rows, rules, k, trainOptions(options))
      : engineFindings(engine, rows, true);
  const heldOut = rows.map((r, i) => i).filter((i) => /[789]$/.test(rows[i]?.id.trim() ?? ''));
  const pick = <T>(xs: readonly T[]): T[] => heldOut.map((i) => xs[i] as T);
  const goldAll = rows.map((r) => r.gold);
  const result: DistortionEvalResult = {
    task: 'distortions',
    method: k > 1 ? 'grouped-cv' : 'engine',
    n: rows.length,
    engine: scores(rows, full),
    rulesOnly: scores(rows, rules),
    alwaysDistortionF1: binaryMetrics(
      goldAll,
      goldAll.map(() => 'all_or_nothing'),
    ).f1,
    rulesHeldOut: {
      n: heldOut.length,
      engine: binaryMetrics(pick(goldAll), pick(full).map(predict)),
      rulesOnly: binaryMetrics(pick(goldAll), pick(rules).map(predict)),
    },
    published: { distortionF1: 0.79 },
  };
  if (k > 1) result.folds = k;
  return result;
}
