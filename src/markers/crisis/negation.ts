// Negation is noted, never used to drop a finding: "I'm not going to kill myself" still
// reaches the clinician, marked negated. The scan walks back over filler words only, so a
// negator in an earlier clause ("I don't know why I want to die") does not count.
import { hashWord, Kind, type Tokens } from '../../text/index.js';

const hashes = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(hashWord));

const NEGATORS = hashes([
  'not',
  'never',
  'no',
  "don't",
  'dont',
  "won't",
  'wont',
  "wouldn't",
  'wouldnt',
  "can't",
  'cant',
  'cannot',
  "didn't",
  'didnt',
  "isn't",
  "wasn't",
  "aren't",
  "haven't",
  'havent',
  "hasn't",
  "shouldn't",
  "couldn't",
  'nor',
]);

// Words that may sit between a negator and the statement it governs.
const BRIDGES = hashes([
  'i',
  "i'm",
  'im',
  'am',
  'really',
  'just',
  'even',
  'ever',
  'actually',
  'truly',
  'honestly',
  'seriously',
  'definitely',
  'going',
  'gonna',
  'to',
  'want',
  'wanna',
  'planning',
  'plan',
  'trying',
  'would',
  'will',
  'do',
  'be',
  'thinking',
  'about',
  'of',
  'feel',
  'like',
  'have',
  'had',
  'been',
  'that',
  'anymore',
]);

const MAX_LOOKBACK = 6;

/** True when a negator governs the statement starting at token `start`. */
export function isNegated(tokens: Tokens, start: number): boolean {
  const stop = Math.max(0, start - MAX_LOOKBACK);
  for (let i = start - 1; i >= stop; i--) {
    if (tokens.kind[i] !== Kind.Word) return false;
    const h = tokens.hash[i] ?? 0;
    if (NEGATORS.has(h)) return true;
    if (!BRIDGES.has(h)) return false;
  }
  return false;
}
