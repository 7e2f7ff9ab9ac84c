// Plain SGD logistic regression over hashed slots. Deterministic: a seeded shuffle and
// no dependence on object order, so the same data gives byte-identical weights.
import type { CrisisModel } from './model.js';
import { slotScale } from './model.js';

/** One training text as its slots, with 1 for a crisis post and 0 otherwise. */
export interface CrisisExample {
  slots: Int32Array;
  y: 0 | 1;
}

/** Training settings, recorded in the weights' metadata. */
export interface CrisisTrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Settings used for the committed weights unless the script is told otherwise. */
export const defaultCrisisTrainOptions: CrisisTrainOptions = {
  bits: 16,
  epochs: 15,
  learningRate: 0.5,
  l2: 0.0001,
  seed: 20200101,
};

// Park-Miller: small, seedable, the same in every JS engine.
function shuffled(n: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let s = seed % 2147483647 || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

/** Train a model; `threshold` is stored with it, chosen by the caller on held-apart data. */
export function trainCrisisModel(
  examples: readonly CrisisExample[],
  options: CrisisTrainOptions,
  threshold: number,
): CrisisModel {
  const weights = new Float32Array(1 << options.bits);
  let bias = 0;
  const order = shuffled(examples.length, options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const lr = options.learningRate / (1 + epoch);
    for (const k of order) {
      const ex = examples[k];
      if (ex === undefined) continue;
      const scale = slotScale(ex.slots.length);
      let z = bias;
      for (const s of ex.slots) z += (weights[s] ?? 0) * scale;
      const g = 1 / (1 + Math.exp(-z)) - ex.y;
      for (const s of ex.slots) {
        const w = weights[s] ?? 0;
        weights[s] = w - lr * (g * scale + options.l2 * w);
      }
      bias -= lr * g;
    }
  }
  return { bits: options.bits, weights, bias, threshold };
}
