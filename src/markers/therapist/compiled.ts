// Everything the therapist rules resolve once per engine: lexicon numbers, word-class
// hash sets and reusable scratch. Per-utterance code then compares numbers only.
import type { LexiconMatcher } from '../../lexicons/index.js';
import * as L from '../../lexicons/therapist.js';
import { hashWord, type Tokens } from '../../text/index.js';
import type { FindingCode, UtteranceContext } from '../types.js';
import { Cue, Flag, Sentences } from './sentences.js';
import * as W from './words.js';

/** Lexicon numbers, word sets and scratch shared by the therapist rule families. */
export interface Compiled {
  lex: Record<
    | 'we'
    | 'i'
    | 'you'
    | 'instWe'
    | 'instVerb'
    | 'instAudience'
    | 'doingTo'
    | 'credit'
    | 'openStarter'
    | 'socratic'
    | 'presupposed'
    | 'conditional'
    | 'hedge'
    | 'confident'
    | 'future'
    | 'widenPeople'
    | 'widenAction'
    | 'encourage',
    number
  >;
  /** Lexicon number -> 1 when it is a reflection cue group. */
  reflection: Uint8Array;
  fillers: ReadonlySet<number>;
  wh: ReadonlySet<number>;
  aux: ReadonlySet<number>;
  subjects: ReadonlySet<number>;
  negators: ReadonlySet<number>;
  clauseOpeners: ReadonlySet<number>;
  determiners: ReadonlySet<number>;
  forward: ReadonlySet<number>;
  adverbs: ReadonlySet<number>;
  /** we/us/our... : the pronouns an institutional cue can claim (not let's, together). */
  plural: ReadonlySet<number>;
  /** can / could / would: an open starter opening with one is a polite invitation. */
  modals: ReadonlySet<number>;
  /** Words after "how" that ask for a number or a fact (how many, how often...). */
  quantities: ReadonlySet<number>;
  /** Single word hashes the rules test directly. */
  h: Record<Single, number>;
  sentences: Sentences;
}

const SINGLE = [
  'all',
  'right',
  'if',
  'whether',
  'history',
  'not',
  'you',
  'i',
  "i'd",
  "can't",
  'cannot',
  'what',
  'even',
  'as',
  'only',
  'like',
  'comfortable',
  'okay',
  'ok',
  'up',
  'want',
  'need',
  'have',
  'receive',
  'sign',
  'fill',
  'tell',
  'describe',
  'say',
  'walk',
  'talk',
  'help',
  'can',
  'could',
  'would',
  'remember',
  'think',
  'explain',
  'imagine',
  'share',
  'just',
  'please',
  'how',
  'where',
  'anything',
  'something',
  'whatever',
  'feel',
  'ever',
  'kind',
  'sort',
  'but',
  'type',
  'time',
  'of',
] as const;
type Single = (typeof SINGLE)[number];

/** Resolve lexicons and word classes against one matcher. */
export function compile(matcher: LexiconMatcher): Compiled {
  const id = (lex: { id: string }): number => matcher.id(lex.id);
  const reflection = new Uint8Array(matcher.lexicons.length);
  for (const cue of L.reflectionCues) reflection[id(cue)] = 1;
  // Every key of Single is filled here, which is what the cast asserts.
  const h = Object.fromEntries(SINGLE.map((w) => [w, hashWord(w)])) as Record<Single, number>;
  return {
    lex: {
      we: id(L.weTalk),
      i: id(L.iTalk),
      you: id(L.youTalk),
      instWe: id(L.institutionalWe),
      instVerb: id(L.institutionalVerb),
      instAudience: id(L.institutionalAudience),
      doingTo: id(L.doingTo),
      credit: id(L.credit),
      openStarter: id(L.openStarter),
      socratic: id(L.socratic),
      presupposed: id(L.presupposedChange),
      conditional: id(L.conditionalChange),
      hedge: id(L.hedge),
      confident: id(L.confident),
      future: id(L.futureOrientation),
      widenPeople: id(L.wideningPeople),
      widenAction: id(L.wideningAction),
      encourage: id(L.encouragement),
    },
    reflection,
    fillers: W.hashSet(W.FILLERS),
    wh: W.hashSet(W.WH_WORDS),
    aux: W.hashSet(W.AUXILIARIES),
    subjects: W.hashSet(W.SUBJECTS),
    negators: W.hashSet(W.NEGATORS),
    clauseOpeners: W.hashSet(W.CLAUSE_OPENERS),
    determiners: W.hashSet(W.DETERMINERS),
    forward: W.hashSet(W.FORWARD_VERBS),
    adverbs: W.hashSet(W.ADVERBS),
    modals: W.hashSet(['can', 'could', 'would']),
    quantities: W.hashSet(W.QUANTITIES),
    plural: W.hashSet(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"]),
    h,
    sentences: new Sentences(),
  };
}

/** Codes of findings this family emits (never distortion or crisis). */
export type TherapistCode = Exclude<FindingCode, 'distortion' | 'crisis'>;

/** Record a finding over tokens [from, to) of the current utterance. */
export function addFinding(
  ctx: UtteranceContext,
  code: TherapistCode,
  rule: string,
  from: number,
  to: number,
  suggestion?: string,
): void {
  const t: Tokens = ctx.tokens;
  const start = t.start[from] ?? 0;
  const end = t.end[to - 1] ?? 0;
  // Two literals rather than a spread: one copy less, and every finding keeps one of two shapes.
  ctx.findings.push(
    suggestion === undefined ? { code, rule, start, end } : { code, rule, start, end, suggestion },
  );
}

/** Mark sentence facts from lexicon hits, before any rule reads them. */
export function gatherFlags(ctx: UtteranceContext, c: Compiled): void {
  const { matches } = ctx;
  const s = c.sentences;
  for (let m = 0; m < matches.count; m++) {
    const lex = matches.lexicon[m];
    const start = matches.start[m] ?? 0;
    const k = s.of[start] ?? 0;
    const flags = s.flags[k] ?? 0;
    if (lex === c.lex.instWe) s.cue[start] = Cue.Service;
    else if (lex === c.lex.instVerb && s.cue[start] === Cue.None) s.cue[start] = Cue.ServiceVerb;
    else if (lex === c.lex.instAudience) s.flags[k] = flags | Flag.Audience;
    else if (lex === c.lex.encourage) s.flags[k] = flags | Flag.Encouraging;
    else if (lex === c.lex.socratic) {
      if (s.socratic[k] === 0) s.socratic[k] = m + 1;
    } else if (lex === c.lex.openStarter) {
      if (start === s.first[k] && !(flags & Flag.Starter)) {
        s.flags[k] = flags | Flag.Starter;
        s.starterEnd[k] = matches.end[m] ?? 0;
      } else if (start > (s.first[k] ?? 0)) {
        // "...could you tell me", "...if you could tell me": a polite invitation inside.
        const { hash } = ctx.tokens;
        if (c.modals.has(hash[start] ?? 0) || c.modals.has(hash[start - 1] ?? 0)) {
          s.flags[k] = flags | Flag.Invite;
        }
      }
    }
  }
}
