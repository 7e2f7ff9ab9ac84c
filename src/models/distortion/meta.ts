import type { TrainOptions } from './train.js';

/** How the committed weights were made, so anyone can reproduce and check them. */
export interface WeightsMeta {
  /** The command that wrote the weights module. */
  command: string;
  /** Data file name relative to the --data folder, and its sha256. */
  data: string;
  dataSha256: string;
  rows: number;
  /** What the shipped weights were trained on. */
  trainedOn: string;
  options: TrainOptions;
  /** Figures of the inner split that chose the options (training data only). */
  inner: { f1: number; typeMacroF1: number };
  /** Grouped-CV out-of-fold figures: the ones to report. */
  cv: Record<string, number>;
}
