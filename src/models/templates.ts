// Feature templates: each feature hash starts from one of these ids, and the id tells the
// explanation code how to name the feature ("first=what", "rule=therapist.open.what").

/** Feature template ids (stable: trained weights depend on them). */
export const T = {
  word: 1,
  pair: 2,
  first: 3,
  firstTwo: 4,
  lastSentenceFirst: 5,
  lastSentenceFirstTwo: 6,
  question: 7,
  length: 8,
  finding: 9,
  rule: 10,
  count: 11,
  previousRole: 12,
  overlap: 13,
  previousLabel: 14,
  previousFirst: 15,
  previousQuestion: 16,
  lastWord: 17,
  firstWithQuestion: 18,
  otherWord: 19,
  negatedWord: 20,
  previousOwnLabel: 21,
} as const;

/** Names of templates as they appear in `because` (e.g. `model:word=feel`). */
export const templateNames: Readonly<Record<number, string>> = {
  [T.word]: 'word',
  [T.pair]: 'pair',
  [T.first]: 'first',
  [T.firstTwo]: 'first-two',
  [T.lastSentenceFirst]: 'last-sentence-first',
  [T.lastSentenceFirstTwo]: 'last-sentence-first-two',
  [T.question]: 'question-mark',
  [T.length]: 'length',
  [T.finding]: 'finding',
  [T.rule]: 'rule',
  [T.count]: 'count',
  [T.previousRole]: 'previous-role',
  [T.overlap]: 'overlap-with-other-speaker',
  [T.previousLabel]: 'previous-label',
  [T.previousFirst]: 'previous-first',
  [T.previousQuestion]: 'previous-question',
  [T.lastWord]: 'last-word',
  [T.firstWithQuestion]: 'first-with-question-mark',
  [T.otherWord]: 'word-of-other-speaker',
  [T.negatedWord]: 'negated-word',
  [T.previousOwnLabel]: 'own-previous-label',
};

/** Previous-utterance labels as small ids for the `previousLabel` feature (0 = none). */
export const previousLabelIds: Readonly<Record<string, number>> = {
  question: 1,
  reflection: 2,
  therapist_input: 3,
  other: 4,
  change: 5,
  neutral: 6,
  sustain: 7,
};

/**
 * Function words left out of the overlap with the other speaker's last turn: sharing
 * "the" or "I" says nothing about reflecting, sharing "drinking" or "worried" does.
 */
export const overlapStopWords: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with',
  'it', "it's", 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'i', "i'm", 'you', "you're",
  'me', 'my', 'your', 'we', 'that', 'this', 'what', 'do', 'does', 'did', "don't", 'not',
  'have', 'has', 'had', 'just', 'like', 'um', 'uh', 'yeah', 'yes', 'no', 'okay', 'ok',
  'well', 'oh', 'know', 'really', 'mm', 'hmm', 'right', 'if', 'about', 'there', 'they',
  'he', 'she', 'them', 'can', 'would', 'could', 'all', 'get', 'kind', 'of', 'as', 'then',
];

/** Words that negate the rest of their clause ("I don't want to stop" is not "want to stop"). */
export const negationWords: readonly string[] = [
  'not', 'no', 'never', "don't", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't",
  "aren't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", 'cannot', 'nothing',
  'nobody', 'none', 'neither', 'nor', "ain't", 'dont', 'cant', 'wont',
];
