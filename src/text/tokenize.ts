// One pass over char codes that yields token spans and lowercase FNV-1a hashes into
// reusable typed arrays. Every later stage works on these numbers, so the hot path
// creates no string or object per token (see the performance issue: that is what
// separates ~35 MB/s from ~3 MB/s).
import { staggered } from './staggered.js';

/** Token kinds. Words and numbers carry a hash; punctuation kinds matter to sentence rules. */
export const Kind = {
  Word: 1,
  Number: 2,
  Question: 3,
  Exclaim: 4,
  Period: 5,
  Comma: 6,
  Other: 7,
} as const;
/** One of the values of `Kind`. */
export type Kind = (typeof Kind)[keyof typeof Kind];

// The kinds as module constants for the hot loop: a `Kind.Number` read is a property access
// that needs type feedback, so the first number or rare punctuation met after the loop was
// optimised threw the optimised code away (seen with --trace-deopt; now there is none).
const { Word, Number: NumberKind, Question, Exclaim, Period, Comma, Other } = Kind;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
// Hashes are cut to 30 bits so V8 keeps them as small integers: a 32-bit value read from a
// typed array is boxed as a heap number whenever it reaches a Map lookup, on every token.
const HASH_MASK = 0x3fffffff;

/** Views of `size` tokens over one buffer (see staggered.ts for why one). */
function tokenArrays(size: number): [Int32Array, Int32Array, Uint32Array, Uint8Array] {
  return staggered(size, [Int32Array, Int32Array, Uint32Array, Uint8Array]);
}

/** Reusable token storage; grows, never shrinks, so one buffer serves a whole batch. */
export class Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  hash: Uint32Array;
  kind: Uint8Array;
  /** The text the spans point into. */
  text = '';

  constructor() {
    [this.start, this.end, this.hash, this.kind] = tokenArrays(256);
  }

  /** Make room for at least n tokens. */
  reserve(n: number): void {
    if (n <= this.start.length) return;
    let size = this.start.length;
    while (size < n) size *= 2;
    const [start, end, hash, kind] = tokenArrays(size);
    start.set(this.start);
    end.set(this.end);
    hash.set(this.hash);
    kind.set(this.kind);
    [this.start, this.end, this.hash, this.kind] = [start, end, hash, kind];
  }

  /** The token's text as written (allocates: for findings and debugging, not the hot path). */
  word(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, quotes
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji
  return true;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

function punctKind(c: number): Kind | 0 {
  switch (c) {
    case 63: // ?
      return Question;
    case 33: // !
      return Exclaim;
    case 46: // .
      return Period;
    case 44: // ,
      return Comma;
    case 59: // ;
    case 58: // :
    case 0x2014: // em dash
    case 0x2013: // en dash
      return Other;
    default:
      return 0;
  }
}

// ASCII character classes and lowercase codes in tables: most transcript text is ASCII,
// and two array reads beat the chain of range tests for every character.
const ASCII_LETTER = 1;
const ASCII_DIGIT = 2;
const asciiClass = new Uint8Array(128);
const asciiLower = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  asciiLower[c] = lower(c);
  if (c >= 48 && c <= 57) asciiClass[c] = ASCII_DIGIT;
  else if (isWordChar(c)) asciiClass[c] = ASCII_LETTER;
}

/** Tokenise text into `out` (cleared first). Apostrophes inside words stay in the word. */
export function tokenize(text: string, out: Tokens): Tokens {
  out.text = text;
  out.count = 0;
  out.reserve(Math.max(16, (text.length >> 2) + 8));
  const n = text.length;
  let i = 0;
  let count = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? asciiClass[c] !== 0 : isWordChar(c)) {
      const s = i;
      let h = FNV_OFFSET;
      let digits = true;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          const cls = asciiClass[c];
          if (cls !== 0) {
            if (cls === ASCII_LETTER) digits = false;
            h = Math.imul(h ^ (asciiLower[c] ?? 0), FNV_PRIME);
            i++;
            continue;
          }
        } else if (isWordChar(c)) {
          digits = false;
          h = Math.imul(h ^ lower(c), FNV_PRIME);
          i++;
          continue;
        }
        if ((c === APOSTROPHE || c === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
          i++;
        } else break;
      }
      if (count >= out.start.length) out.reserve(count + 1);
      out.start[count] = s;
      out.end[count] = i;
      out.hash[count] = h & HASH_MASK;
      out.kind[count] = digits ? NumberKind : Word;
      count++;
      continue;
    }
    // Spaces are most of what is left: skip them before the punctuation switch.
    if (c !== 32) {
      const k = punctKind(c);
      if (k !== 0) {
        if (count >= out.start.length) out.reserve(count + 1);
        out.start[count] = i;
        out.end[count] = i + 1;
        out.hash[count] = c;
        out.kind[count] = k;
        count++;
      }
    }
    i++;
  }
  out.count = count;
  return out;
}

/** Hash one word exactly as the tokeniser would (curly apostrophes become straight ones). */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c === 0x2019) c = APOSTROPHE;
    h = Math.imul(h ^ lower(c), FNV_PRIME);
  }
  return h & HASH_MASK;
}

const scratch = new Tokens();

/** Split a phrase into word hashes, as the tokeniser would see it. */
export function hashPhrase(phrase: string): number[] {
  // Lexicons hash thousands of phrases at start-up: one scratch buffer, not one per phrase.
  const tokens = tokenize(phrase, scratch);
  const hashes: number[] = [];
  for (let i = 0; i < tokens.count; i++) hashes.push(tokens.hash[i] ?? 0);
  return hashes;
}
