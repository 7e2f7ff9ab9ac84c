// Hashed unigram and bigram buckets over the shared token buffer, plus the cue-word gate.
// Numbers only: scoring an utterance allocates nothing once the slot buffer has grown.
import { hashWord, Kind, type Tokens } from '../../text/index.js';
import { mix } from '../hashing.js';

const UNIGRAM_SEED = 0x3c6ef372;
const BIGRAM_SEED = 0xa54ff53a;

/** Bucket of the word hash `h` among 2^bits. */
export function unigramSlot(h: number, mask: number): number {
  return mix(h ^ UNIGRAM_SEED) & mask;
}

/** Bucket of the word pair (`prev`, `h`) among 2^bits. */
export function bigramSlot(prev: number, h: number, mask: number): number {
  return mix(Math.imul(prev, 0x9e3779b1) ^ h ^ BIGRAM_SEED) & mask;
}

/** True for tokens that carry a word hash. */
export function isWordToken(tokens: Tokens, i: number): boolean {
  const k = tokens.kind[i];
  return k === Kind.Word || k === Kind.Number;
}

/** True for tokens that end a sentence. */
export function endsSentence(tokens: Tokens, i: number): boolean {
  const k = tokens.kind[i];
  return k === Kind.Period || k === Kind.Question || k === Kind.Exclaim;
}

/** Reusable slot storage for one utterance's features. */
export class SlotBuffer {
  count = 0;
  slot = new Int32Array(1024);

  /** Make room for n slots. */
  reserve(n: number): void {
    if (n <= this.slot.length) return;
    let size = this.slot.length;
    while (size < n) size *= 2;
    this.slot = new Int32Array(size);
  }
}

/** Fill `out` with the unigram and bigram buckets of the utterance; bigrams stop at punctuation. */
export function crisisSlots(tokens: Tokens, bits: number, out: SlotBuffer): SlotBuffer {
  const mask = (1 << bits) - 1;
  out.reserve(tokens.count * 2);
  const slot = out.slot;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (!isWordToken(tokens, i)) {
      prev = 0;
      continue;
    }
    const h = tokens.hash[i] ?? 0;
    slot[n++] = unigramSlot(h, mask);
    if (prev !== 0) slot[n++] = bigramSlot(prev, h, mask);
    prev = h;
  }
  out.count = n;
  return out;
}

// Words without which the model stays silent: it was trained on forum posts, and on
// everyday talk without any of these it has nothing to go on but style.
const CUE_WORDS = [
  'die',
  'dying',
  'died',
  'dead',
  'death',
  'kill',
  'killing',
  'suicide',
  'suicidal',
  'live',
  'living',
  'alive',
  'life',
  'end',
  'ending',
  'pills',
  'overdose',
  'hurt',
  'gone',
  'exist',
  'existing',
  'anymore',
  'tonight',
  'goodbye',
  'rope',
  'bridge',
  'jump',
  'attempt',
  'attempted',
  'cut',
  'cutting',
  'pain',
  'over',
  'disappear',
  'done',
  'tired',
  'point',
  'hopeless',
  'worthless',
  'burden',
  'escape',
  'sleep',
  'forever',
];
const CUES = new Set(CUE_WORDS.map(hashWord));

/** True for the hash of a cue word. */
export function isCueWord(hash: number): boolean {
  return CUES.has(hash);
}

/** True when the utterance holds at least one cue word. */
export function hasCrisisCue(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) if (CUES.has(tokens.hash[i] ?? 0)) return true;
  return false;
}
