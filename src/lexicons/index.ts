/** Lexicons and rule descriptions as data, and the one-pass matcher that finds them. */
export type { Lexicon, RuleInfo } from './types.js';
export { LexiconMatcher, Matches } from './matcher.js';
export { ruleInfoOf } from './rule-info.js';
