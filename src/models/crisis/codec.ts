// The committed form of the crisis model: int8 weights in base64 inside a generated .ts
// module, so it loads in a browser without fetch or fs and diffs as text.
import { fromBase64, scaled, toBase64 } from '../codec.js';
import type { CrisisModel } from './model.js';

/** Quantised model as committed. */
export interface PackedCrisisModel {
  bits: number;
  bias: number;
  threshold: number;
  /** Multiply an int8 weight by this to get the float weight. */
  scale: number;
  weights: string;
}

// Nine significant digits round-trip a float32 and keep the generated literals exact.
const tidy = (x: number): number => Number(x.toPrecision(9));

/** Quantise a model to int8 weights for committing. */
export function packCrisisModel(model: CrisisModel): PackedCrisisModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(model.weights, (w) => Math.round(w / scale));
  return {
    bits: model.bits,
    bias: tidy(model.bias),
    threshold: model.threshold,
    scale: tidy(scale),
    weights: toBase64(new Uint8Array(q.buffer)),
  };
}

/** Rebuild float weights from the committed form; throws if the data does not fit `bits`. */
export function unpackCrisisModel(packed: PackedCrisisModel): CrisisModel {
  const bytes = fromBase64(packed.weights);
  const size = 1 << packed.bits;
  if (bytes.length !== size) throw new Error(`crisis weights: ${bytes.length} bytes, want ${size}`);
  const weights = scaled(new Int8Array(bytes.buffer, bytes.byteOffset, size), packed.scale);
  return { bits: packed.bits, weights, bias: packed.bias, threshold: packed.threshold };
}
