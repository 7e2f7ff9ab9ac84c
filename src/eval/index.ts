/** Evaluation against expert labels (placeholder until the evaluation module lands). */

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

/** Options for the AnnoMI evaluation. */
export interface AnnomiEvalOptions {
  /** Grouped cross-validation folds: train per fold, predict out of fold (honest on training data). */
  cv?: number;
}

/** Evaluate the engine against an AnnoMI-format CSV (simple or full). */
export function evalAnnomi(
  _csv: string,
  _options: AnnomiEvalOptions = {},
): Record<string, unknown> {
  throw new Error('not implemented');
}

/** Options for the crisis evaluation. */
export interface CrisisEvalOptions {
  text: string;
  label: string;
  positive: readonly string[];
  id?: string;
}

/** Evaluate crisis detection against a labelled CSV. */
export function evalCrisis(_csv: string, _options: CrisisEvalOptions): Record<string, unknown> {
  throw new Error('not implemented');
}

export {
  evalDistortions,
  parseDistortionCsv,
  DistortionEvalError,
  type DistortionEvalOptions,
  type DistortionEvalResult,
} from './distortions.js';

/** Render any evaluation result as readable text. */
export function renderEvalText(result: Record<string, unknown>): string {
  return JSON.stringify(result, null, 2);
}
