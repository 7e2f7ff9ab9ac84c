// Small closed word classes the therapist rules consult by hash. They are data like the
// lexicons, but they guard rules instead of firing findings, so they are not compiled
// into the shared matcher (that would add hits nobody reads).
import { hashWord } from '../../text/index.js';

/** Discourse openers skipped before deciding what a sentence starts with. */
export const FILLERS = [
  'so',
  'and',
  'okay',
  'ok',
  'well',
  'now',
  'but',
  'then',
  'um',
  'uh',
  'erm',
  'hmm',
  'mm',
  'oh',
  'right',
  'alright',
  'yeah',
  'yes',
] as const;

/** Question-word openers: a sentence starting with one of these and ending in "?" is open. */
export const WH_WORDS = [
  'what',
  'how',
  'why',
  'where',
  'when',
  'who',
  'which',
  'whose',
  "what's",
  "how's",
  "where's",
  "who's",
  "why's",
  "when's",
] as const;

/** Auxiliaries and modals: a question that starts with one of these asks for yes or no. */
export const AUXILIARIES = [
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'would',
  'will',
  'have',
  'has',
  'had',
  'should',
  'shall',
  'may',
  'might',
  'am',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "can't",
  "couldn't",
  "wouldn't",
  "won't",
  "haven't",
  "hasn't",
  "shouldn't",
] as const;

/** Subjects that follow an auxiliary in an inverted question ("do you", "is it"). */
export const SUBJECTS = [
  'you',
  'i',
  'we',
  'it',
  'that',
  'this',
  'there',
  'he',
  'she',
  'they',
] as const;

/** Negators: one shortly before a credit phrase cancels the credit. */
export const NEGATORS = [
  'not',
  'never',
  'no',
  "don't",
  "didn't",
  "doesn't",
  "haven't",
  "hasn't",
  "hadn't",
  "can't",
  'cannot',
  "couldn't",
  "won't",
  "wouldn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "shouldn't",
] as const;

/** Words just before "you ..." that turn a statement about the client into a question or a condition. */
export const CLAUSE_OPENERS = [
  'if',
  'unless',
  'whether',
  'when',
  'whenever',
  'once',
  'as',
] as const;

/** Determiners before "kind of" / "sort of" that make it a category, not a hedge. */
export const DETERMINERS = [
  'what',
  "what's",
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
  'a',
  'an',
  'the',
  'which',
  'every',
  'each',
  'other',
  'same',
  'different',
  'one',
  'all',
  'no',
  'another',
  'certain',
  'whatever',
] as const;

/** Verbs after "when you" / "as you" that point forward: the change is presupposed. */
export const FORWARD_VERBS = [
  'will',
  'start',
  'begin',
  'feel',
  'get',
  'notice',
  'find',
  'are',
  'do',
  'try',
  'see',
  'make',
  'become',
  'keep',
  'continue',
  'stop',
  'reach',
  'cut',
  'decide',
  'choose',
  'learn',
  'manage',
  'take',
  'go',
  'leave',
  'wake',
  'finish',
  'succeed',
  'can',
  'practise',
  'practice',
  'have',
  'realise',
  'realize',
  'discover',
  'achieve',
  'build',
  'move',
  'return',
  'grow',
  'look',
  'walk',
  'wake',
  'spend',
] as const;

/** Adverbs skipped between "when you" and its verb ("once you really start"). */
export const ADVERBS = [
  'really',
  'finally',
  'eventually',
  'just',
  'actually',
  'truly',
  'slowly',
] as const;

/** Words after "how" that make a question ask for a number or a short fact (MITI: closed). */
export const QUANTITIES = ['many', 'much', 'often', 'long', 'old', 'far'] as const;

/** Hash a word list into a set for O(1) checks in the hot path. */
export function hashSet(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map(hashWord));
}
