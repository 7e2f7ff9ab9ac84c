// Weights ship as int8 quantised arrays in base64 inside a generated .ts module: small
// enough to commit, loadable in a browser without fetch or fs, and byte-for-byte diffable.
import { fromBase64, scaled, toBase64 } from '../codec.js';
import type { DistortionModel } from './linear.js';

/** The label models' base64 codec, shared (weights files are all written the same way). */
export { fromBase64, toBase64 };

/** The committed form of a model: quantised weights plus how they were made. */
export interface PackedModel {
  bits: number;
  typeBits: number;
  threshold: number;
  binaryBias: number;
  /** Multiply an int8 weight by this to get the float weight. */
  binaryScale: number;
  binary: string;
  typeScale: number;
  types: string;
  typeBias: number[];
}

// Nine significant digits round-trip a float32 and keep the generated literals exact.
function tidy(x: number): number {
  return Number(x.toPrecision(9));
}

function quantise(weights: Float32Array): { scale: number; data: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(weights, (w) => Math.round(w / scale));
  return { scale: tidy(scale), data: toBase64(new Uint8Array(q.buffer)) };
}

function dequantise(data: string, scale: number, length: number): Float32Array {
  const bytes = fromBase64(data);
  if (bytes.length !== length)
    throw new Error(`weights length ${bytes.length}, expected ${length}`);
  return scaled(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), scale);
}

/** Quantise a model for committing. */
export function packModel(model: DistortionModel): PackedModel {
  const binary = quantise(model.binary);
  const types = quantise(model.types);
  return {
    bits: model.bits,
    typeBits: model.typeBits,
    threshold: tidy(model.threshold),
    binaryBias: tidy(model.binaryBias),
    binaryScale: binary.scale,
    binary: binary.data,
    typeScale: types.scale,
    types: types.data,
    typeBias: Array.from(model.typeBias, tidy),
  };
}

/** Rebuild a scoring model from its committed form. */
export function unpackModel(packed: PackedModel): DistortionModel {
  const size = 1 << packed.typeBits;
  return {
    bits: packed.bits,
    typeBits: packed.typeBits,
    threshold: packed.threshold,
    binaryBias: packed.binaryBias,
    binary: dequantise(packed.binary, packed.binaryScale, 1 << packed.bits),
    types: dequantise(packed.types, packed.typeScale, size * packed.typeBias.length),
    typeBias: Float32Array.from(packed.typeBias),
  };
}
