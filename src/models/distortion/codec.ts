// Weights ship as int8 quantised arrays in base64 inside a generated .ts module: small
// enough to commit, loadable in a browser without fetch or fs, and byte-for-byte diffable.
import type { DistortionModel } from './linear.js';

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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 of bytes (own code: the engine cannot rely on Buffer or atob everywhere). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0,
      b = bytes[i + 1] ?? 0,
      c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Decode standard base64; throws on characters outside the alphabet (a corrupt weights file). */
export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0,
    value = 0,
    o = 0;
  for (let i = 0; i < end; i++) {
    const d = LOOKUP[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`invalid base64 at ${i}`);
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 255;
    }
  }
  return out;
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
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return Float32Array.from(q, (v) => v * scale);
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
