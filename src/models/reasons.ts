// `because` strings for the features that decided a label. Building one (token text, template
// name) costs far more than scoring, and a few thousand features explain most labels, so each
// string is built once and kept in a direct-mapped cache: a typed array of keys and an array
// of strings per task, no Map lookups and bounded memory on endless streams.
import type { UtteranceContext } from '../markers/types.js';
import { featureName } from './explain.js';
import { featureHash } from './hashing.js';
import type { FeatureBuffer } from './linear.js';
import { T } from './templates.js';

const SLOTS = 1 << 12;

/** Cached reason strings of one task (e.g. `clientTalkType:word=want`). */
export class ReasonCache {
  private readonly keys = new Int32Array(SLOTS);
  private readonly used = new Uint8Array(SLOTS);
  private readonly strings: string[] = new Array<string>(SLOTS).fill('');

  constructor(private readonly task: string) {}

  /** Identity of feature `at`'s name: its hash, or for counts and ratios the shown value. */
  static key(features: FeatureBuffer, at: number): number {
    const template = features.template[at] ?? 0;
    // Length and overlap name a raw count or bucket that the feature hash does not hold.
    if (template === T.length || template === T.overlap)
      return featureHash(template + 0x100, features.detail[at] ?? 0) | 0;
    return features.index[at] ?? 0;
  }

  /** The reason for feature `at` of `features`, whose key is `key`. */
  get(ctx: UtteranceContext, features: FeatureBuffer, at: number, key: number): string {
    const slot = (Math.imul(key, 0x9e3779b1) >>> 20) & (SLOTS - 1);
    if (this.used[slot] === 1 && this.keys[slot] === key) return this.strings[slot] ?? '';
    // A 32-bit key collision could show another feature's name; the label is unaffected.
    const reason = `${this.task}:${featureName(ctx, features, at)}`;
    this.keys[slot] = key;
    this.used[slot] = 1;
    this.strings[slot] = reason;
    return reason;
  }
}
