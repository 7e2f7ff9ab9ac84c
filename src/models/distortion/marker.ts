// The 'distortion-model' pipeline stage: client turns the rules left without a
// distortion get the model's opinion, when it is confident.
import type { UtteranceContext } from '../../markers/types.js';
import { unpackModel } from './codec.js';
import { DistortionScratch, decideDistortion } from './decide.js';
import type { DistortionModel } from './linear.js';
import { DISTORTION_WEIGHTS } from './weights.js';

let shipped: DistortionModel | null | undefined;

/** The committed model, decoded once on first use; null when no weights were generated. */
export function shippedDistortionModel(): DistortionModel | null {
  if (shipped === undefined)
    shipped = DISTORTION_WEIGHTS === null ? null : unpackModel(DISTORTION_WEIGHTS);
  return shipped;
}

/** Build the stage function for a model (default: the committed one). */
export function distortionModelMarker(
  model: DistortionModel | null = shippedDistortionModel(),
): (ctx: UtteranceContext) => void {
  const scratch = new DistortionScratch();
  return (ctx) => {
    if (model === null) return;
    const finding = decideDistortion(model, ctx.tokens, ctx.findings, scratch);
    if (finding === undefined) return;
    ctx.findings.push(finding);
    ctx.counts.distortions++;
  };
}
