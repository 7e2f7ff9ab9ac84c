// Hashed n-gram and rule features over the shared token buffer. Features are bucket
// numbers in typed arrays, never strings, so scoring an utterance allocates nothing;
// a feature is turned back into words only when a finding needs to explain itself.
import type { Finding } from '../../markers/types.js';
import type { Tokens } from '../../text/index.js';
import { mix } from '../hashing.js';

const UNIGRAM_SEED = 0x2545f491;
const BIGRAM_SEED = 0x6c8e9cf5;
const RULE_SEED = 0x1b873593;
const FNV_PRIME = 0x01000193;

/** Feature kinds, kept beside each feature so it can be explained later. */
export const FeatureKind = { Rule: 0, Unigram: 1, Bigram: 2 } as const;

/** One utterance's features: bucket, kind and the token (or finding) that produced each. */
export class FeatureBuffer {
  count = 0;
  slot = new Int32Array(512);
  kind = new Uint8Array(512);
  /** Token index that ends an n-gram, or finding index for rule features. */
  source = new Int32Array(512);

  /** Append one feature, growing the arrays when needed. */
  push(slot: number, kind: number, source: number): void {
    if (this.count === this.slot.length) {
      const size = this.count * 2;
      const s = new Int32Array(size);
      s.set(this.slot);
      const k = new Uint8Array(size);
      k.set(this.kind);
      const o = new Int32Array(size);
      o.set(this.source);
      this.slot = s;
      this.kind = k;
      this.source = o;
    }
    this.slot[this.count] = slot;
    this.kind[this.count] = kind;
    this.source[this.count] = source;
    this.count++;
  }
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

// Rule ids and codes come from a few hundred constant strings: hash each once, not per turn.
const ruleHashes = new Map<string, number>();
const codeHashes = new Map<string, number>();

function cached(map: Map<string, number>, seed: number, s: string): number {
  let h = map.get(s);
  if (h === undefined) map.set(s, (h = mix(hashString(seed, s))));
  return h;
}

/** True for findings a model wrote; models never feed on their own output. */
export function isModelFinding(f: Finding): boolean {
  return f.rule.startsWith('model.');
}

/**
 * Fill `out` with the utterance's unigram, bigram and rule features hashed into 2^bits
 * buckets. Rule features are the ids and codes of the rule findings already made.
 */
export function extractFeatures(
  tokens: Tokens,
  findings: readonly Finding[],
  bits: number,
  out: FeatureBuffer,
): FeatureBuffer {
  out.count = 0;
  const mask = (1 << bits) - 1;
  const { hash, count } = tokens;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const h = hash[i] ?? 0;
    out.push(mix(h ^ UNIGRAM_SEED) & mask, FeatureKind.Unigram, i);
    if (i > 0)
      out.push(
        mix(Math.imul(previous, 0x9e3779b1) ^ h ^ BIGRAM_SEED) & mask,
        FeatureKind.Bigram,
        i,
      );
    previous = h;
  }
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f === undefined || isModelFinding(f)) continue;
    out.push(cached(ruleHashes, RULE_SEED, f.rule) & mask, FeatureKind.Rule, k);
    out.push(cached(codeHashes, RULE_SEED ^ 1, f.code) & mask, FeatureKind.Rule, k);
  }
  return out;
}

/** The words (or rule id) behind feature j, for explanations. Allocates: call rarely. */
export function describeFeature(
  tokens: Tokens,
  findings: readonly Finding[],
  features: FeatureBuffer,
  j: number,
): string {
  const source = features.source[j] ?? 0;
  const kind = features.kind[j];
  if (kind === FeatureKind.Rule) return `rule:${findings[source]?.rule ?? '?'}`;
  const word = tokens.word(source).toLowerCase();
  return kind === FeatureKind.Bigram ? `${tokens.word(source - 1).toLowerCase()} ${word}` : word;
}
