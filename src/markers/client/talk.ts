// Change versus sustain talk. A cue ("I want to", "I can't") gives a subtype and a
// direction; what follows can turn it around: a negation right after the cue ("I could
// never") or a verb of continuing ("I can't keep going like this" is a reason to change).
import type { LexiconMatcher, RuleInfo } from '../../lexicons/index.js';
import { Kind, type Tokens } from '../../text/index.js';
import type { UtteranceContext } from '../types.js';
import { charSpan, lexiconTable } from './scratch.js';
import {
  cueNegators,
  harmObjects,
  neutralObjects,
  statusQuoObjects,
  talkCues,
  talkExceptions,
  type TalkSubtype,
} from './talk-lexicons.js';

const SUBTYPES: readonly TalkSubtype[] = [
  'desire',
  'ability',
  'reason',
  'need',
  'commitment',
  'activation',
  'taking_steps',
];

const MI_SOURCE = 'Miller & Rollnick (2013); MISC 2.5';

/** Rule ids as findings carry them: `client.change.<subtype>` / `client.sustain.<subtype>`. */
export const talkRules: readonly RuleInfo[] = SUBTYPES.flatMap((subtype) => {
  const cues = talkCues.filter((c) => c.subtype === subtype);
  const change = cues.find((c) => c.polarity === 1);
  const sustain = cues.find((c) => c.polarity === -1);
  const rules: RuleInfo[] = [];
  if (change !== undefined)
    rules.push({
      id: `client.change.${subtype}`,
      description: `Change talk, ${subtype.replace('_', ' ')}: ${change.description}`,
      example: change.example,
      counterExample: "I don't want to stop, it's the only thing that helps.",
      source: change.source,
    });
  rules.push({
    id: `client.sustain.${subtype}`,
    description: `Sustain talk, ${subtype.replace('_', ' ')}: ${(sustain ?? change)?.description ?? ''} Also change cues whose object is the status quo.`,
    example: sustain?.example ?? 'I want to keep things as they are.',
    source: MI_SOURCE,
  });
  return rules;
});

const NEUTRAL = 1;
const NEGATOR = 2;
const COVERED = 4;
/** How far past a cue the status-quo verb may sit ("I don't want to just keep on"). */
const WINDOW = 3;

/** True when the sentence holding token i ends in "?": a client's question takes no side. */
function inQuestion(tokens: Tokens, i: number): boolean {
  for (let t = i; t < tokens.count; t++) {
    const k = tokens.kind[t];
    if (k === Kind.Question) return true;
    if (k === Kind.Period || k === Kind.Exclaim) return false;
  }
  return false;
}

/**
 * Builds the change/sustain talk rule against the compiled lexicons. Cues inside a hit of
 * a `shadowing` lexicon are skipped: "the only one I can talk to" is reliance, not ability.
 */
export function talkMarker(
  matcher: LexiconMatcher,
  shadowing: readonly string[] = [],
): (ctx: UtteranceContext) => void {
  const cueOf = lexiconTable(
    talkCues.map((c) => c.id),
    matcher.lexicons.length,
    (id) => matcher.id(id),
  );
  const changeRule = SUBTYPES.map((s) => `client.change.${s}`);
  const sustainRule = SUBTYPES.map((s) => `client.sustain.${s}`);
  const subtypeOf = Uint8Array.from(talkCues, (c) => SUBTYPES.indexOf(c.subtype));
  const polarityOf = Int8Array.from(talkCues, (c) => c.polarity);
  const sq = matcher.id(statusQuoObjects.id);
  const harm = matcher.id(harmObjects.id);
  const neutral = matcher.id(neutralObjects.id);
  const negator = matcher.id(cueNegators.id);
  const exception = matcher.id(talkExceptions.id);
  const shadow = new Uint8Array(matcher.lexicons.length);
  shadow[exception] = 1;
  for (const id of shadowing) shadow[matcher.id(id)] = 1;
  const reason = SUBTYPES.indexOf('reason');
  const ability = SUBTYPES.indexOf('ability');
  const desire = SUBTYPES.indexOf('desire');
  let bits = new Uint8Array(256);
  let sqEnd = new Int32Array(256);
  let harmEnd = new Int32Array(256);

  return (ctx) => {
    const { matches, tokens } = ctx;
    const n = tokens.count;
    if (n > bits.length) {
      bits = new Uint8Array(n * 2);
      sqEnd = new Int32Array(n * 2);
      harmEnd = new Int32Array(n * 2);
    } else {
      bits.fill(0, 0, n);
      sqEnd.fill(0, 0, n);
      harmEnd.fill(0, 0, n);
    }
    for (let m = 0; m < matches.count; m++) {
      const lex = matches.lexicon[m];
      const s = matches.start[m] ?? 0;
      if (lex === sq) sqEnd[s] = Math.max(sqEnd[s] ?? 0, matches.end[m] ?? 0);
      else if (lex === harm) harmEnd[s] = Math.max(harmEnd[s] ?? 0, matches.end[m] ?? 0);
      else if (lex === neutral) bits[s] = (bits[s] ?? 0) | NEUTRAL;
      else if (lex === negator) bits[s] = (bits[s] ?? 0) | NEGATOR;
      else if (shadow[lex ?? 0] === 1)
        for (let t = s; t < (matches.end[m] ?? 0); t++) bits[t] = (bits[t] ?? 0) | COVERED;
    }
    let lastEnd = -1;
    for (let m = 0; m < matches.count; m++) {
      const cue = cueOf[matches.lexicon[m] ?? 0] ?? -1;
      if (cue < 0) continue;
      const s = matches.start[m] ?? 0;
      if (s < lastEnd || ((bits[s] ?? 0) & COVERED) !== 0 || inQuestion(tokens, s)) continue;
      let e = matches.end[m] ?? 0;
      let subtype = subtypeOf[cue] ?? 0;
      let polarity = polarityOf[cue] ?? 1;
      const next = bits[e] ?? 0;
      if (e < n && (next & NEUTRAL) !== 0) continue;
      // Only ability turns on a following "never"/"not": "I'll try not to" stays change talk.
      if (e < n && (next & NEGATOR) !== 0 && subtype === ability) polarity = -polarity;
      for (let t = e; t < n && t < e + WINDOW; t++) {
        const k = tokens.kind[t];
        if (k !== Kind.Word && k !== Kind.Number) break;
        // Not wanting a harm is a reason to change ("I don't want to lose my licence").
        const harmAt = polarity === -1 && subtype === desire ? (harmEnd[t] ?? 0) : 0;
        if (harmAt > 0) {
          polarity = 1;
          subtype = reason;
          e = harmAt;
          break;
        }
        const end = sqEnd[t] ?? 0;
        if (end === 0) continue;
        polarity = -polarity;
        // "I can't keep going like this" is a reason to change, not a claim of ability.
        if (polarity === 1 && subtype === ability) subtype = reason;
        e = end;
        break;
      }
      ctx.findings.push({
        code: polarity === 1 ? 'change_talk' : 'sustain_talk',
        rule: (polarity === 1 ? changeRule : sustainRule)[subtype] ?? '',
        ...charSpan(tokens, s, e),
      });
      if (polarity === 1) ctx.counts.change++;
      else ctx.counts.sustain++;
      lastEnd = e;
    }
  };
}
