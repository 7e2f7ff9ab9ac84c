// The analysis stages, in order. Each utterance passes through them once; the report
// is built from all utterances at the end. Order matters and is explained per stage.
import { LexiconMatcher, Matches, type Lexicon } from '../lexicons/index.js';
import { clientLexicons, clientMarkers } from '../markers/client/index.js';
import { crisisLexicons, crisisMarkers } from '../markers/crisis/index.js';
import { therapistLexicons, therapistMarkers } from '../markers/therapist/index.js';
import type { UtteranceContext } from '../markers/types.js';
import { labelerWith, type LabelerOptions } from '../models/index.js';
import { distortionModelMarker, type DistortionModel } from '../models/distortion/index.js';
import { Kind, Tokens, tokenize } from '../text/index.js';

/** One named step of the per-utterance pipeline and the reason it sits where it does. */
export interface Stage {
  id: string;
  why: string;
  run: (ctx: UtteranceContext) => void;
}

/** Every lexicon the engine compiles into its single matcher. */
export const allLexicons: readonly Lexicon[] = [
  ...crisisLexicons,
  ...therapistLexicons,
  ...clientLexicons,
];

/** Counts words and question marks: every later stage and the report rely on them. */
function baseCounts(ctx: UtteranceContext): void {
  const { tokens, counts } = ctx;
  let words = 0;
  let questions = 0;
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.kind[i];
    if (k === Kind.Word || k === Kind.Number) words++;
    else if (k === Kind.Question && (i === 0 || tokens.kind[i - 1] !== Kind.Question)) questions++;
  }
  counts.words = words;
  counts.questions = questions;
}

/** Which models the stages use: label models as in LabelerOptions, and the distortion model. */
export interface StageOptions extends LabelerOptions {
  /** Distortion model; `null` leaves distortions to the rules. Omitted: the shipped weights. */
  distortionModel?: DistortionModel | null;
}

/** Build the ordered stages against one compiled matcher. */
export function buildStages(matcher: LexiconMatcher, options: StageOptions = {}): Stage[] {
  const crisis = crisisMarkers(matcher);
  const therapist = therapistMarkers(matcher);
  const client = clientMarkers(matcher);
  const { distortionModel: distortion, ...labels } = options;
  const label = labelerWith(labels)(matcher);
  const distortionModel =
    distortion === undefined ? distortionModelMarker() : distortionModelMarker(distortion);
  return [
    {
      id: 'tokenize',
      why: 'Everything below reads token spans and hashes, never the raw string, so the text is scanned once.',
      run: (ctx) => void tokenize(ctx.utterance.text, ctx.tokens),
    },
    {
      id: 'lexicons',
      why: 'One pass finds the hits of every lexicon; rule families then only look at hits.',
      run: (ctx) => void matcher.match(ctx.tokens, ctx.matches),
    },
    {
      id: 'counts',
      why: 'Word and question counts feed rates, rules and models.',
      run: baseCounts,
    },
    {
      id: 'crisis',
      why: 'Safety first: crisis statements are looked for in every non-therapist turn before any other rule, and nothing later can remove them.',
      run: (ctx) => {
        if (ctx.utterance.role !== 'therapist') crisis(ctx);
      },
    },
    {
      id: 'therapist',
      why: "The three strategies live in the therapist's words: team, learning, confidence, and widening support.",
      run: (ctx) => {
        if (ctx.utterance.role === 'therapist') therapist(ctx);
      },
    },
    {
      id: 'client',
      why: "Absolutist and distorted thinking, change and sustain talk and reliance live in the client's words.",
      run: (ctx) => {
        if (ctx.utterance.role === 'client') client(ctx);
      },
    },
    {
      id: 'distortion-model',
      why: 'After the client rules, because it only speaks where they found no distortion and uses their findings as features.',
      run: (ctx) => {
        if (ctx.utterance.role === 'client') distortionModel(ctx);
      },
    },
    {
      id: 'labels',
      why: 'Labels come last because the models use the rule counts above as features.',
      run: label,
    },
  ];
}

/** Fresh reusable buffers for one analysis run. */
export function createBuffers(): { tokens: Tokens; matches: Matches } {
  return { tokens: new Tokens(), matches: new Matches() };
}
