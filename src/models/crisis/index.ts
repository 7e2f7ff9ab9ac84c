/** Crisis model: a hashed logistic model that adds findings where the lexicons found none. */
import { unpackCrisisModel } from './codec.js';
import { CrisisScorer } from './model.js';
import { CRISIS_WEIGHTS } from './weights.js';

export { crisisSlots, hasCrisisCue, SlotBuffer } from './features.js';
export {
  CrisisScorer,
  crisisProbability,
  MODEL_CRISIS_RULE,
  passesGate,
  type CrisisModel,
} from './model.js';
export {
  defaultCrisisTrainOptions,
  trainCrisisModel,
  type CrisisExample,
  type CrisisTrainOptions,
} from './train.js';
export { packCrisisModel, unpackCrisisModel, type PackedCrisisModel } from './codec.js';
export { CRISIS_META, CRISIS_WEIGHTS } from './weights.js';
export type { CrisisWeightsMeta } from './meta.js';

/** A scorer over the committed weights, or null when none are committed. */
export function shippedCrisisScorer(): CrisisScorer | null {
  return CRISIS_WEIGHTS === null ? null : new CrisisScorer(unpackCrisisModel(CRISIS_WEIGHTS));
}
