import type { LexiconMatcher, Matches } from '../lexicons/index.js';
import type { HashSet, Tokens } from '../text/index.js';
import type { Utterance } from '../transcript/types.js';

/** Every kind of finding the engine reports. Human text for each lives in the report layer. */
export type FindingCode =
  // therapist: team
  | 'we_talk'
  | 'institutional_we'
  | 'doing_to'
  | 'credit'
  // therapist: learning
  | 'open_question'
  | 'closed_question'
  | 'socratic_question'
  | 'reflection'
  // therapist: confidence
  | 'presupposed_change'
  | 'conditional_change'
  | 'hedge'
  | 'confident'
  | 'future_orientation'
  // therapist: alliance, not reliance
  | 'widening_support'
  // client
  | 'absolutist'
  | 'distortion'
  | 'change_talk'
  | 'sustain_talk'
  | 'reliance'
  | 'crisis';

/** The eleven cognitive distortions (Beck, Burns), in a fixed order for tables and models. */
export const DISTORTION_TYPES = [
  'all_or_nothing',
  'overgeneralization',
  'mental_filter',
  'disqualifying_positive',
  'mind_reading',
  'fortune_telling',
  'magnification',
  'emotional_reasoning',
  'should_statements',
  'labeling',
  'personalization',
] as const;
/** One of the eleven cognitive distortions. */
export type DistortionType = (typeof DISTORTION_TYPES)[number];
/** Kinds of crisis statement; all of them raise the same alert. */
export type CrisisKind =
  'ideation' | 'intent' | 'plan' | 'method' | 'self_harm' | 'indirect' | 'slang';

interface FindingBase<C extends FindingCode> {
  code: C;
  /** Id of the rule or lexicon that fired (stable; documented with the rule). */
  rule: string;
  /** Character span in the utterance text, end exclusive. */
  start: number;
  end: number;
  /** A better phrasing we wrote, where one helps. */
  suggestion?: string;
}

/** A distortion finding names which distortion. */
export interface DistortionFinding extends FindingBase<'distortion'> {
  distortion: DistortionType;
  /** For model findings: the features that contributed most, strongest first. */
  features?: string[];
}

/** A crisis finding names its kind; negation never clears it, it is only noted. */
export interface CrisisFinding extends FindingBase<'crisis'> {
  kind: CrisisKind;
  negated: boolean;
}

/** One thing the engine noticed in one utterance, pointing at the words that caused it. */
export type Finding =
  FindingBase<Exclude<FindingCode, 'distortion' | 'crisis'>> | DistortionFinding | CrisisFinding;

/** Per-utterance counts the report sums; pronouns are counted, not listed as findings. */
export interface UtteranceCounts {
  words: number;
  we: number;
  institutionalWe: number;
  i: number;
  you: number;
  doingTo: number;
  credit: number;
  questions: number;
  openQuestions: number;
  closedQuestions: number;
  socraticQuestions: number;
  presupposed: number;
  conditional: number;
  hedges: number;
  confident: number;
  future: number;
  widening: number;
  absolutist: number;
  distortions: number;
  change: number;
  sustain: number;
  reliance: number;
  crisis: number;
}

/** Every count's key, in the order a counts record lists them. */
export const COUNT_KEYS = Object.keys(emptyCounts()) as readonly (keyof UtteranceCounts)[];

/** A fresh zeroed counts record. */
export function emptyCounts(): UtteranceCounts {
  return {
    words: 0,
    we: 0,
    institutionalWe: 0,
    i: 0,
    you: 0,
    doingTo: 0,
    credit: 0,
    questions: 0,
    openQuestions: 0,
    closedQuestions: 0,
    socraticQuestions: 0,
    presupposed: 0,
    conditional: 0,
    hedges: 0,
    confident: 0,
    future: 0,
    widening: 0,
    absolutist: 0,
    distortions: 0,
    change: 0,
    sustain: 0,
    reliance: 0,
    crisis: 0,
  };
}

/** Therapist behaviour codes, as AnnoMI labels them. */
export type Behaviour = 'question' | 'reflection' | 'therapist_input' | 'other';
/** Client talk type, as AnnoMI labels it. */
export type TalkType = 'change' | 'neutral' | 'sustain';

/** Labels for one utterance; therapist fields on therapist turns, talkType on client turns. */
export interface Labels {
  behaviour?: Behaviour;
  questionType?: 'open' | 'closed';
  reflectionType?: 'simple' | 'complex';
  talkType?: TalkType;
  /** Rule ids and model features that decided the labels, strongest first. */
  because: string[];
}

/** What the marker stages see for one utterance. Buffers are reused between utterances. */
export interface UtteranceContext {
  utterance: Utterance;
  tokens: Tokens;
  matches: Matches;
  matcher: LexiconMatcher;
  /** The turn just before this one, whoever spoke it. */
  previous: Utterance | undefined;
  /** Token hashes of the last turn by a different role (for reflections), sorted set. */
  previousOtherHashes: HashSet;
  findings: Finding[];
  counts: UtteranceCounts;
  labels: Labels;
}

/** A marker family: built once against the compiled lexicons, then run per utterance. */
export type MarkerFactory = (matcher: LexiconMatcher) => (ctx: UtteranceContext) => void;
