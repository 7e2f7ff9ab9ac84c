/** Therapist markers (placeholder until the therapist rule family lands). */
import type { Lexicon, RuleInfo } from '../../lexicons/index.js';
import type { MarkerFactory } from '../types.js';

/** Lexicons this family needs compiled into the shared matcher. */
export const therapistLexicons: readonly Lexicon[] = [];
/** Code-based rules of this family, documented as data. */
export const therapistRules: readonly RuleInfo[] = [];
/** Builds the per-utterance marker function against the compiled lexicons. */
export const therapistMarkers: MarkerFactory = () => () => {};
