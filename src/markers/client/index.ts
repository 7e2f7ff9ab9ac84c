/** Client markers: absolutist words, cognitive distortions, change/sustain talk, reliance. */
import { absolutistLexicons } from '../../lexicons/client.js';
import type { Lexicon, RuleInfo } from '../../lexicons/index.js';
import type { MarkerFactory } from '../types.js';
import { absolutistMarker, absolutistRules } from './absolutist.js';
import { distortionCues, distortionExceptions } from './distortion-lexicons.js';
import { distortionMarker, distortionRules } from './distortions.js';
import { relianceLexicons, relianceMarker } from './reliance.js';
import {
  cueNegators,
  harmObjects,
  neutralObjects,
  statusQuoObjects,
  talkCues,
  talkExceptions,
} from './talk-lexicons.js';
import { talkMarker, talkRules } from './talk.js';

export { distortionQuestions } from './distortions.js';
export type { DistortionCue } from './distortion-lexicons.js';
export type { TalkCue, TalkSubtype } from './talk-lexicons.js';

/** Lexicons this family needs compiled into the shared matcher. */
export const clientLexicons: readonly Lexicon[] = [
  ...absolutistLexicons,
  ...distortionCues,
  distortionExceptions,
  ...talkCues,
  statusQuoObjects,
  harmObjects,
  neutralObjects,
  cueNegators,
  talkExceptions,
  ...relianceLexicons,
];

/** Code-based rules of this family, documented as data. */
export const clientRules: readonly RuleInfo[] = [
  ...absolutistRules,
  ...distortionRules,
  ...talkRules,
];

/** Builds the per-utterance marker function against the compiled lexicons. */
export const clientMarkers: MarkerFactory = (matcher) => {
  const absolutist = absolutistMarker(matcher);
  const distortions = distortionMarker(matcher);
  const talk = talkMarker(
    matcher,
    relianceLexicons.map((l) => l.id),
  );
  const reliance = relianceMarker(matcher);
  return (ctx) => {
    absolutist(ctx);
    distortions(ctx);
    talk(ctx);
    reliance(ctx);
  };
};
