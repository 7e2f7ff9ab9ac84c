/** Distortion model: hashed linear models over tokens and rule findings, and its stage. */
export {
  MODEL_TYPES,
  TYPES_WITHOUT_TRAINING_DATA,
  parseDistortionLabel,
  typeRow,
} from './labels.js';
export { FeatureBuffer, extractFeatures, describeFeature, isModelFinding } from './features.js';
export { type DistortionModel, distortionProbability, sigmoid } from './linear.js';
export {
  DEFAULT_TRAIN_OPTIONS,
  trainDistortionModel,
  type TrainOptions,
  type TrainingExample,
} from './train.js';
export {
  selectOptions,
  bestThreshold,
  typeMacroF1,
  f1,
  scoreSlots,
  L2_GRID,
  type Selection,
} from './select.js';
export { groupedStratifiedFolds, seededRandom } from './folds.js';
export { packModel, unpackModel, toBase64, fromBase64, type PackedModel } from './codec.js';
export {
  DistortionScratch,
  decideDistortion,
  rulesFoundDistortion,
  TOP_FEATURES,
} from './decide.js';
export { distortionModelMarker, shippedDistortionModel } from './marker.js';
export { DISTORTION_META, DISTORTION_WEIGHTS } from './weights.js';
export type { WeightsMeta } from './meta.js';
