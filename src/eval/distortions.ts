// `alliance eval distortions`: the real engine against the Shreevastava & Foltz (2021)
// patient questions, one client utterance per row. Without `cv` it measures the engine as
// shipped (its committed weights were trained on the whole dev file, so that figure is a
// training-set figure). With `cv: K` each held-out fold is predicted by a model trained on
// the other folds, with hyperparameters chosen by an inner split of those folds only; the
// rule findings still come from the real engine, and the fold model is applied to them by
// the same `decideDistortion` the engine's 'distortion-model' stage calls.
import { parse } from 'csv-parse/sync';
import { Engine } from '../engine/index.js';
import type { DistortionType, Finding } from '../markers/types.js';
import {
  DistortionScratch,
  decideDistortion,
  extractFeatures,
  FeatureBuffer,
  groupedStratifiedFolds,
  MODEL_TYPES,
  parseDistortionLabel,
  selectOptions,
  trainDistortionModel,
  DEFAULT_TRAIN_OPTIONS,
  type TrainingExample,
  type TrainOptions,
} from '../models/distortion/index.js';
import { Tokens, tokenize } from '../text/index.js';
import {
  binaryMetrics,
  typeMetrics,
  type BinaryMetrics,
  type Prediction,
} from './distortion-metrics.js';
import type { TaskMetrics } from './index.js';

/** A typed problem with the evaluation file; the CLI turns the code into words. */
export class DistortionEvalError extends Error {
  constructor(
    readonly code: 'missing_column' | 'unknown_label' | 'no_rows',
    /** Column name or 1-based data row: position only, never content. */
    readonly where: string,
  ) {
    super(`${code} at ${where}`);
    this.name = 'DistortionEvalError';
  }
}

/** One labelled row of the dataset. */
export interface DistortionRow {
  id: string;
  text: string;
  gold: DistortionType | 'none';
  /** The words annotators marked as distorted (empty when none). */
  part: string;
}

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

const COLUMNS = { id: 'Id_Number', text: 'Patient Question', gold: 'Dominant Distortion' } as const;
const PART = 'Distorted part';

/** Parse a Shreevastava & Foltz format CSV into rows (BOM and quoting handled by csv-parse). */
export function parseDistortionCsv(csv: string): DistortionRow[] {
  const records: Record<string, string>[] = parse(csv, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  const first = records[0];
  if (first === undefined) throw new DistortionEvalError('no_rows', '1');
  for (const column of Object.values(COLUMNS))
    if (!(column in first)) throw new DistortionEvalError('missing_column', column);
  return records.map((r, i) => {
    const gold = parseDistortionLabel(r[COLUMNS.gold] ?? '');
    if (gold === undefined) throw new DistortionEvalError('unknown_label', String(i + 2));
    return {
      id: r[COLUMNS.id] ?? String(i),
      text: r[COLUMNS.text] ?? '',
      gold,
      part: r[PART]?.trim() ?? '',
    };
  });
}

/** Run the real engine on each row as one client utterance; `withModel` false leaves the model stage out. */
export function engineFindings(
  engine: Engine,
  rows: readonly DistortionRow[],
  withModel: boolean,
): Finding[][] {
  const only = withModel
    ? undefined
    : new Set(engine.stages.map((s) => s.id).filter((id) => id !== 'distortion-model'));
  return rows.map((row) => {
    const utterance = { index: 0, role: 'client' as const, speaker: 'client', text: row.text };
    return engine.analyzeUtterances({ utterances: [utterance] }, only)[0]?.findings ?? [];
  });
}

/** Training examples from rows and their rule findings, featurised as the engine stage does. */
export function distortionExamples(
  rows: readonly DistortionRow[],
  rules: readonly Finding[][],
  bits = DEFAULT_TRAIN_OPTIONS.bits,
): TrainingExample[] {
  const tokens = new Tokens();
  const features = new FeatureBuffer();
  return rows.map((row, i) => {
    const findings = rules[i] ?? [];
    extractFeatures(tokenize(row.text, tokens), findings, bits, features);
    const example: TrainingExample = {
      slots: features.slot.slice(0, features.count),
      label: row.gold,
    };
    if (row.part !== '' && row.gold !== 'none') {
      extractFeatures(tokenize(row.part, tokens), findings, bits, features);
      example.typeSlots = features.slot.slice(0, features.count);
    }
    return example;
  });
}

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
