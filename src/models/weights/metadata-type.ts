/** How shipped label weights were produced; written by scripts/train.ts next to the weights. */
export interface WeightsMetadata {
  /** The command that produced the weights. */
  command: string;
  /** Training file, relative to the data folder, and its sha256. */
  data: string;
  dataSha256: string;
  /** Day of the training run, passed in by the script (the engine reads no clock). */
  date: string;
  transcripts: number;
  utterances: number;
  /** Source videos of the training transcripts, so evaluation can warn about overlap. */
  videos?: readonly string[];
  /** Hyperparameters: fixed defaults; `chosenByInnerCv` holds each task's inner-CV choice. */
  trainOptions: Record<string, unknown>;
  /** Out-of-fold figures of grouped cross-validation on the same file; the weights themselves saw all of it. */
  cv: {
    folds: number;
    macroF1: Record<string, number>;
    sessionQualityAuc: number;
  };
}
