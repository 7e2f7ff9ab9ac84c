/** Tokeniser: typed-array token spans and hashes shared by every stage of the engine. */
export { Kind, Tokens, tokenize, hashWord, hashPhrase } from './tokenize.js';
export { HashSet } from './hashset.js';
export { staggered } from './staggered.js';
