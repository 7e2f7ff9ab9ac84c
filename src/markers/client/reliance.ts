// Reliance on the therapist or on therapy itself: the alliance should strengthen the
// client's wider life, not replace it, so these are shown to the therapist as a watch item.
import { expand } from '../../lexicons/client.js';
import type { Lexicon, LexiconMatcher } from '../../lexicons/index.js';
import type { UtteranceContext } from '../types.js';
import { charSpan, lexiconTable } from './scratch.js';

const SOURCE = 'Griffin & Tyrrell, Human Givens (needs met in the wider life); project wording';
const THERAPY = '{you|these sessions|our sessions|this|therapy|coming here|seeing you}';

/** Reliance lexicons: the therapist as the only support, and trouble between sessions. */
export const relianceLexicons: readonly Lexicon[] = [
  {
    id: 'client.reliance.only_you',
    description: 'The therapist described as the only person the client can turn to.',
    example: "Honestly, you're the only one I can talk to.",
    source: SOURCE,
    terms: expand(
      "{you're|youre|you are} {the only one|the only person|all i have|all i've got}",
      "{you're|youre|you are} the only {one|person} {i|i can|i could} {talk to|trust|turn to|rely on|have}",
      '{only one|only person} who {understands|listens|gets me|cares}',
      "i {don't|dont|do not} have {anyone|anybody} else",
      'i have {no one|nobody} else',
      '{nobody|no one} else {listens|understands|cares|gets me}',
      'i {really|} need you {here|so much|more than|now|there|,|.|!}',
    ),
  },
  {
    id: 'client.reliance.between_sessions',
    description: 'Trouble coping between sessions, or a wish for contact beyond them.',
    example: "I don't know how I'd get through the week without these sessions.",
    source: SOURCE,
    terms: expand(
      `i {don't|dont|do not} know {what|how} {i'd|id|i would} {do|cope|manage|get through the week} without ${THERAPY}`,
      "{i can't|i cant|i cannot|can't} {manage|cope|get by|get through the week} {between sessions|without you|without these sessions|without our sessions}",
      'i {wait|live} all week for {our|these|this|the|my} {sessions|session}',
      '{can|could} i {message|text|call|email} you {every day|each day|every night|whenever|anytime|at night|between sessions}',
      '{can|could} we {meet|talk} {every day|more often|twice a week}',
    ),
  },
];

/** Builds the reliance rule against the compiled lexicons. */
export function relianceMarker(matcher: LexiconMatcher): (ctx: UtteranceContext) => void {
  const groupOf = lexiconTable(
    relianceLexicons.map((l) => l.id),
    matcher.lexicons.length,
    (id) => matcher.id(id),
  );
  return (ctx) => {
    const { matches, tokens } = ctx;
    // Hits arrive by start, longest first: keep the longest, drop what it overlaps.
    let lastEnd = -1;
    for (let m = 0; m < matches.count; m++) {
      const group = groupOf[matches.lexicon[m] ?? 0] ?? -1;
      if (group < 0 || (matches.start[m] ?? 0) < lastEnd) continue;
      lastEnd = matches.end[m] ?? 0;
      ctx.findings.push({
        code: 'reliance',
        rule: relianceLexicons[group]?.id ?? '',
        ...charSpan(tokens, matches.start[m] ?? 0, matches.end[m] ?? 0),
      });
      ctx.counts.reliance++;
    }
  };
}
