// Absolutist words, with their idiomatic non-absolutist uses removed. Works on lexicon
// hits only: exception phrases mark the tokens they cover, then listed words outside
// those spans count.
import type { RuleInfo } from '../../lexicons/index.js';
import {
  absolutistExceptions,
  absolutistHedges,
  absolutistQualifiers,
  absolutistWords,
  epistemicMust,
  irregularParticiples,
} from '../../lexicons/client.js';
import { Kind, type Tokens } from '../../text/index.js';
import type { LexiconMatcher } from '../../lexicons/index.js';
import type { UtteranceContext } from '../types.js';
import { TokenFlags, charSpan } from './scratch.js';

const COVERED = 1;
const PARTICIPLE = 2;

/** Code-level parts of the absolutist rule, documented as data. */
export const absolutistRules: readonly RuleInfo[] = [
  {
    id: absolutistWords.id,
    description:
      'An absolutist word, unless it sits inside a set phrase or an epistemic "must have" (see the exception lexicons).',
    example: 'Everything always goes wrong for me.',
    counterExample: 'All of a sudden I felt all right, and she must have noticed.',
    source: absolutistWords.source,
  },
  {
    id: epistemicMust.id,
    description:
      '"must have" followed by a past participle is a guess about the past and does not count; followed by anything else it does.',
    example: 'I must have everything in order before I can relax.',
    counterExample: 'It must have been a hard week.',
    source: 'project',
  },
];

/** How many tokens before a qualifier ("but one", "except") an absolutist word may sit. */
const QUALIFIER_REACH = 4;
const E = 101;
const D = 100;
const N = 110;

/** True when token i reads as a past participle: listed, or a regular -ed / -en form. */
function participle(tokens: Tokens, bits: Uint8Array, i: number): boolean {
  if (i >= tokens.count || tokens.kind[i] !== Kind.Word) return false;
  if (((bits[i] ?? 0) & PARTICIPLE) !== 0) return true;
  const end = tokens.end[i] ?? 0;
  if (end - (tokens.start[i] ?? 0) < 4) return false;
  const last = tokens.text.charCodeAt(end - 1) | 32;
  return (tokens.text.charCodeAt(end - 2) | 32) === E && (last === D || last === N);
}

// Cover the words shortly before a qualifier, stopping at the end of a sentence: "every day
// but one" qualifies "every", "It was all. But one thing" does not.
function coverBefore(tokens: Tokens, bits: Uint8Array, at: number): void {
  for (let t = at - 1; t >= 0 && t >= at - QUALIFIER_REACH; t--) {
    const k = tokens.kind[t];
    if (k === Kind.Period || k === Kind.Question || k === Kind.Exclaim) return;
    bits[t] = (bits[t] ?? 0) | COVERED;
  }
}

/** Builds the absolutist rule against the compiled lexicons. */
export function absolutistMarker(matcher: LexiconMatcher): (ctx: UtteranceContext) => void {
  const word = matcher.id(absolutistWords.id);
  const exception = matcher.id(absolutistExceptions.id);
  const mustHave = matcher.id(epistemicMust.id);
  const part = matcher.id(irregularParticiples.id);
  const qualifier = matcher.id(absolutistQualifiers.id);
  const hedge = matcher.id(absolutistHedges.id);
  const flags = new TokenFlags();
  return (ctx) => {
    const { matches, tokens } = ctx;
    const bits = flags.reset(tokens.count);
    for (let m = 0; m < matches.count; m++) {
      const lex = matches.lexicon[m];
      const s = matches.start[m] ?? 0;
      if (lex === exception) {
        for (let t = s; t < (matches.end[m] ?? 0); t++) bits[t] = (bits[t] ?? 0) | COVERED;
      } else if (lex === part) bits[s] = (bits[s] ?? 0) | PARTICIPLE;
      else if (lex === hedge) {
        const next = matches.end[m] ?? 0;
        if (next < tokens.count) bits[next] = (bits[next] ?? 0) | COVERED;
      } else if (lex === qualifier) coverBefore(tokens, bits, s);
    }
    for (let m = 0; m < matches.count; m++) {
      if (matches.lexicon[m] !== mustHave) continue;
      const s = matches.start[m] ?? 0;
      if (participle(tokens, bits, matches.end[m] ?? 0)) bits[s] = (bits[s] ?? 0) | COVERED;
    }
    for (let m = 0; m < matches.count; m++) {
      if (matches.lexicon[m] !== word) continue;
      const s = matches.start[m] ?? 0;
      if (((bits[s] ?? 0) & COVERED) !== 0) continue;
      ctx.findings.push({
        code: 'absolutist',
        rule: absolutistWords.id,
        ...charSpan(tokens, s, s + 1),
      });
      ctx.counts.absolutist++;
    }
  };
}
