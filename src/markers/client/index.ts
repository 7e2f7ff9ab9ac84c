/** Client markers (placeholder until the client rule family lands). */
import type { Lexicon, RuleInfo } from '../../lexicons/index.js';
import type { MarkerFactory } from '../types.js';

/** Lexicons this family needs compiled into the shared matcher. */
export const clientLexicons: readonly Lexicon[] = [];
/** Code-based rules of this family, documented as data. */
export const clientRules: readonly RuleInfo[] = [];
/** Builds the per-utterance marker function against the compiled lexicons. */
export const clientMarkers: MarkerFactory = () => () => {};
