// A hashed logistic model for crisis posts the lexicons miss. It only ever adds a finding
// (when no rule fired and it is confident); it never removes or changes a rule's finding.
import type { Tokens } from '../../text/index.js';
import type { CrisisFinding } from '../../markers/types.js';
import {
  bigramSlot,
  crisisSlots,
  endsSentence,
  isCueWord,
  isWordToken,
  SlotBuffer,
  unigramSlot,
} from './features.js';

/** Rule id of findings the model makes. */
export const MODEL_CRISIS_RULE = 'model.crisis';

/** A trained crisis model. */
export interface CrisisModel {
  /** Feature buckets: 2^bits. */
  bits: number;
  weights: Float32Array;
  bias: number;
  /** Probability at or above which the model makes a finding. */
  threshold: number;
}

/** Feature value: counts scaled by 1/sqrt(n), so long and short texts score alike. */
export function slotScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Probability of a crisis post for the slots in `buf`. */
export function crisisProbability(model: CrisisModel, buf: SlotBuffer): number {
  const { weights } = model;
  const { slot, count } = buf;
  let z = 0;
  for (let j = 0; j < count; j++) z += weights[slot[j] ?? 0] ?? 0;
  z = z * slotScale(count) + model.bias;
  return 1 / (1 + Math.exp(-z));
}

/** Token range [from, to) of the sentence whose words weigh most towards crisis. */
function strongestSentence(model: CrisisModel, tokens: Tokens): [number, number] {
  const mask = (1 << model.bits) - 1;
  let best = -Infinity;
  let bestFrom = 0;
  let bestTo = tokens.count;
  let from = -1;
  let sum = 0;
  let prev = 0;
  for (let i = 0; i <= tokens.count; i++) {
    if (i === tokens.count || endsSentence(tokens, i)) {
      if (from >= 0 && sum > best) {
        best = sum;
        bestFrom = from;
        bestTo = i;
      }
      from = -1;
      sum = 0;
      prev = 0;
      continue;
    }
    if (!isWordToken(tokens, i)) {
      prev = 0;
      continue;
    }
    if (from < 0) from = i;
    const h = tokens.hash[i] ?? 0;
    sum += model.weights[unigramSlot(h, mask)] ?? 0;
    if (prev !== 0) sum += model.weights[bigramSlot(prev, h, mask)] ?? 0;
    prev = h;
  }
  return [bestFrom, bestTo];
}

/**
 * Fewest words the model judges. It learnt from forum posts; on a short sentence its score
 * is mostly the bias and one or two words ("die of embarrassment"), so the lexicons decide.
 */
export const MIN_WORDS = 25;

/** Long enough and holding a cue word: the only texts the model may score (one pass, early exit). */
export function passesGate(tokens: Tokens): boolean {
  let words = 0;
  let cue = false;
  for (let i = 0; i < tokens.count; i++) {
    if (!isWordToken(tokens, i)) continue;
    words++;
    if (!cue) cue = isCueWord(tokens.hash[i] ?? 0);
    if (cue && words >= MIN_WORDS) return true;
  }
  return false;
}

/** Scores utterances with one model, reusing its slot buffer (single-threaded use). */
export class CrisisScorer {
  private readonly buf = new SlotBuffer();

  /** Wrap a model. */
  constructor(readonly model: CrisisModel) {}

  /** Probability of a crisis statement; 0 when the utterance is short or holds no cue word. */
  probability(tokens: Tokens): number {
    if (!passesGate(tokens)) return 0;
    return crisisProbability(this.model, crisisSlots(tokens, this.model.bits, this.buf));
  }

  /** A finding spanning the strongest sentence when the model is confident, else undefined. */
  finding(tokens: Tokens): CrisisFinding | undefined {
    if (this.probability(tokens) < this.model.threshold) return undefined;
    const [from, to] = strongestSentence(this.model, tokens);
    let last = to - 1;
    while (last > from && !isWordToken(tokens, last)) last--;
    return {
      code: 'crisis',
      rule: MODEL_CRISIS_RULE,
      kind: 'ideation',
      negated: false,
      start: tokens.start[from] ?? 0,
      end: tokens.end[last] ?? 0,
    };
  }
}
