/** Crisis markers (placeholder until the crisis rule family lands). */
import type { Lexicon, RuleInfo } from '../../lexicons/index.js';
import type { MarkerFactory } from '../types.js';

/** Lexicons this family needs compiled into the shared matcher. */
export const crisisLexicons: readonly Lexicon[] = [];
/** Code-based rules of this family, documented as data. */
export const crisisRules: readonly RuleInfo[] = [];
/** Builds the per-utterance marker function against the compiled lexicons. */
export const crisisMarkers: MarkerFactory = () => () => {};
