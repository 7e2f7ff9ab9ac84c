import type { CrisisTrainOptions } from './train.js';

/** How the committed crisis weights were made, so anyone can reproduce and check them. */
export interface CrisisWeightsMeta {
  /** The command that wrote the weights module. */
  command: string;
  /** Data files relative to the --data folder, with their sha256. */
  data: Record<string, string>;
  /** What the shipped weights were trained on. */
  trainedOn: string;
  options: CrisisTrainOptions;
  /** Threshold choice on a split of the training rows only. */
  selection: Record<string, number>;
}
