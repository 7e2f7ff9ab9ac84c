/** Utterance labels from rules and trained hashed linear models, and how to train them. */
import type { MarkerFactory } from '../markers/types.js';
import { decodeModel } from './codec.js';
import { type LabelerOptions, createLabeler } from './labeler.js';
import { type LabelModels, TASK_NAMES } from './tasks.js';
import { encodedModels, weightsMetadata } from './weights/index.js';

export { FeatureBuffer, LinearModel } from './linear.js';
export { FeatureExtractor, addPreviousLabel } from './features.js';
export { Dataset, trainSoftmax, defaultTrainOptions, type TrainOptions } from './train.js';
export {
  biasOffsetGrid,
  chooseBiasOffsets,
  trainOptionsGrid,
  selectBiasOffsets,
  selectTrainOptions,
  type InnerFolds,
} from './select.js';
export { encodeModel, decodeModel, quantize, type EncodedModel } from './codec.js';
export { TASK_CLASSES, TASK_NAMES, checkModels, type LabelModels, type TaskName } from './tasks.js';
export { previousLabelIds } from './templates.js';
export { FALLBACK_RULE, type FeatureObserver, type LabelerOptions } from './labeler.js';
export { weightsMetadata };
export type { WeightsMetadata } from './weights/metadata-type.js';

let shipped: LabelModels | null | undefined;

/** The committed weights, decoded once on first use; null when none were trained yet. */
export function shippedModels(): LabelModels | null {
  if (shipped !== undefined) return shipped;
  const encoded = encodedModels;
  if (encoded === null) return (shipped = null);
  const decoded = {} as LabelModels;
  for (const task of TASK_NAMES) decoded[task] = decodeModel(encoded[task]);
  return (shipped = decoded);
}

/** Build a labels stage with other models or a feature observer (evaluation, training). */
export function labelerWith(options: LabelerOptions): MarkerFactory {
  // The engine packs the shipped weights straight from their stored form: decoding them to
  // per-task tables first cost each thread ~4 ms more at start and ~0.7 MB it never read again.
  return createLabeler(options, () => encodedModels);
}

/** Sets therapist behaviour / question / reflection types and client talk type (shipped weights). */
export const labeler: MarkerFactory = labelerWith({});
