// Turns model scores into at most one finding per utterance. The model only speaks where
// the rules were silent: a rule names the words that fired, which is the better
// explanation, so the model fills gaps and never overrides.
import type { DistortionFinding, Finding } from '../../markers/types.js';
import { Kind, type Tokens } from '../../text/index.js';
import { FeatureBuffer, FeatureKind, describeFeature, extractFeatures } from './features.js';
import { MODEL_TYPES } from './labels.js';
import { TopK } from '../topk.js';
import { binaryLogit, sigmoid, typeLogits, type DistortionModel } from './linear.js';

/** How many contributing features a model finding lists. */
export const TOP_FEATURES = 3;
/**
 * Fewest words a turn needs before the model may speak. It learnt from multi-sentence
 * posts (~870 characters on average); on a bare "nothing" or "yeah, fine" it has no basis
 * and fired anyway. Short distorted statements ("I'm a failure") are the rules' job.
 */
export const MIN_WORDS = 6;

function wordCount(tokens: Tokens): number {
  let n = 0;
  for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === Kind.Word) n++;
  return n;
}

/** Reusable buffers for scoring, one set per engine. */
export class DistortionScratch {
  readonly features = new FeatureBuffer();
  readonly typeScores = new Float64Array(MODEL_TYPES.length);
  tokenScore = new Float64Array(256);
  /** The strongest evidence for a finding, strongest first. */
  readonly top = new TopK(TOP_FEATURES);
}

/** True when a rule already reported a distortion in this utterance. */
export function rulesFoundDistortion(findings: readonly Finding[]): boolean {
  for (const f of findings)
    if (f.code === 'distortion' && !f.rule.startsWith('model.')) return true;
  return false;
}

// Per-token share of the binary score; the sentence with the largest sum is the span.
function strongestSentence(
  model: DistortionModel,
  tokens: Tokens,
  s: DistortionScratch,
): [number, number] {
  const { features } = s;
  if (s.tokenScore.length < tokens.count) s.tokenScore = new Float64Array(tokens.count * 2);
  const score = s.tokenScore.fill(0, 0, tokens.count);
  for (let j = 0; j < features.count; j++) {
    if (features.kind[j] === FeatureKind.Rule) continue;
    const t = features.source[j] ?? 0;
    score[t] = (score[t] ?? 0) + (model.binary[features.slot[j] ?? 0] ?? 0);
  }
  let best = -Infinity,
    bestFrom = 0,
    bestTo = tokens.count - 1;
  let from = 0,
    sum = 0;
  for (let i = 0; i < tokens.count; i++) {
    sum += score[i] ?? 0;
    const k = tokens.kind[i];
    const last = i === tokens.count - 1;
    if (last || k === Kind.Period || k === Kind.Question || k === Kind.Exclaim) {
      if (sum > best) [best, bestFrom, bestTo] = [sum, from, i];
      from = i + 1;
      sum = 0;
    }
  }
  return [tokens.start[bestFrom] ?? 0, tokens.end[bestTo] ?? tokens.text.length];
}

// The strongest distinct buckets first, then words for those only: describing every
// candidate allocated strings for most features of every flagged turn.
function topFeatures(
  model: DistortionModel,
  tokens: Tokens,
  findings: readonly Finding[],
  s: DistortionScratch,
): string[] {
  const { features, top } = s;
  top.reset();
  for (let j = 0; j < features.count; j++) {
    const slot = features.slot[j] ?? 0;
    const w = model.binary[slot] ?? 0;
    if (w <= top.floor) continue;
    let duplicate = false;
    for (let t = 0; t < top.count; t++)
      if (features.slot[top.at[t] ?? 0] === slot) duplicate = true;
    if (!duplicate) top.offer(j, w);
  }
  const names: string[] = [];
  for (let t = 0; t < top.count; t++) {
    const name = describeFeature(tokens, findings, features, top.at[t] ?? 0);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The model's finding for one tokenised utterance, or undefined when the rules already
 * found a distortion or the model is not confident enough.
 */
export function decideDistortion(
  model: DistortionModel,
  tokens: Tokens,
  findings: readonly Finding[],
  scratch: DistortionScratch,
): DistortionFinding | undefined {
  if (wordCount(tokens) < MIN_WORDS || rulesFoundDistortion(findings)) return undefined;
  const { features } = scratch;
  extractFeatures(tokens, findings, model.bits, features);
  const p = sigmoid(binaryLogit(model, features.slot, features.count));
  if (p < model.threshold) return undefined;
  const type =
    MODEL_TYPES[typeLogits(model, features.slot, features.count, scratch.typeScores)] ??
    'overgeneralization';
  const [start, end] = strongestSentence(model, tokens, scratch);
  return {
    code: 'distortion',
    rule: `model.distortion.${type}`,
    start,
    end,
    distortion: type,
    features: topFeatures(model, tokens, findings, scratch),
  };
}
