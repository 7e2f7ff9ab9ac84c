// Shipped weights: int8 per weight with one scale per model, stored sparsely (only
// features with a non-zero weight) as base64 text, so they load in Node and in a browser
// bundle from a plain .ts module and stay small in the repository.
import { LinearModel } from './linear.js';

/** A model as stored in src/models/weights: classes, table size, scale, biases, data. */
export interface EncodedModel {
  classes: readonly string[];
  bits: number;
  scale: number;
  bias: readonly number[];
  /** base64 of: per used feature, varint(feature - previous feature) then one int8 per class. */
  data: string;
}

/** Round weights to int8 steps of one per-model scale (what shipping does to them). */
export function quantize(model: LinearModel): LinearModel {
  return decodeModel(encodeModel(model));
}

/** Encode a model for shipping. */
export function encodeModel(model: LinearModel): EncodedModel {
  const k = model.classes.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w * model.scale));
  const scale = max === 0 ? 1 : max / 127;
  const bytes: number[] = [];
  const q = new Int8Array(k);
  let previous = 0;
  const features = model.weights.length / k;
  for (let f = 0; f < features; f++) {
    let any = false;
    for (let c = 0; c < k; c++) {
      q[c] = Math.round(((model.weights[f * k + c] ?? 0) * model.scale) / scale);
      if (q[c] !== 0) any = true;
    }
    if (!any) continue;
    let delta = f - previous;
    previous = f;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (let c = 0; c < k; c++) bytes.push((q[c] ?? 0) & 0xff);
  }
  return {
    classes: [...model.classes],
    bits: model.bits,
    scale: Number(scale.toPrecision(9)),
    bias: Array.from(model.bias, (b) => Number(b.toPrecision(7))),
    data: toBase64(Uint8Array.from(bytes)),
  };
}

/** Decode shipped weights into a dense int8 model ready to score. */
export function decodeModel(encoded: EncodedModel): LinearModel {
  const k = encoded.classes.length;
  const weights = new Int8Array((1 << encoded.bits) * k);
  decodeInto(encoded, weights, k, 0);
  return new LinearModel(
    encoded.classes,
    encoded.bits,
    weights,
    Float32Array.from(encoded.bias),
    encoded.scale,
  );
}

/**
 * Write shipped weights into a table of `stride` bytes per bucket, from `column` on. Only the
 * stored (non-zero) weights are visited, so the labels stage fills its interleaved tables
 * without a dense per-task copy first (measured: ~20 -> ~16 ms of each thread's start, and
 * 1.47 MB -> 787 KB of tables kept).
 */
export function decodeInto(
  encoded: EncodedModel,
  table: Int8Array,
  stride: number,
  column: number,
): void {
  const k = encoded.classes.length;
  const bytes = fromBase64(encoded.data);
  let at = 0;
  let feature = 0;
  while (at < bytes.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++] ?? 0;
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    feature += delta;
    const base = feature * stride + column;
    for (let c = 0; c < k; c++) {
      const v = bytes[at++] ?? 0;
      table[base + c] = v > 127 ? v - 256 : v;
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (no Buffer/atob dependency: the engine also runs in workers and browsers). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    parts.push(
      (ALPHABET[(n >> 18) & 63] ?? '') +
        (ALPHABET[(n >> 12) & 63] ?? '') +
        (left > 1 ? (ALPHABET[(n >> 6) & 63] ?? '') : '=') +
        (left > 2 ? (ALPHABET[n & 63] ?? '') : '='),
    );
  }
  return parts.join('');
}

/** Inverse of `toBase64`; throws on characters outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = LOOKUP[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('invalid base64 in model weights');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** int8 weights times `scale` as floats; a plain loop (a mapping callback per weight was slow). */
export function scaled(q: Int8Array, scale: number): Float32Array {
  const out = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) out[i] = (q[i] ?? 0) * scale;
  return out;
}
