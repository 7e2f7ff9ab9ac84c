// Turns the crisis lexicons' guard phrases into token-hash sequences once, indexed by the
// shared matcher's lexicon numbers, so the per-utterance check compares numbers only.
import { crisisLexiconData, type CrisisLexicon } from '../../lexicons/crisis.js';
import type { LexiconMatcher } from '../../lexicons/index.js';
import { hashPhrase } from '../../text/index.js';
import type { CrisisKind } from '../types.js';

/** Severity order used when overlapping hits merge into one finding (lower is graver). */
export const KIND_RANK: Readonly<Record<CrisisKind, number>> = {
  intent: 0,
  plan: 1,
  method: 2,
  self_harm: 3,
  ideation: 4,
  indirect: 5,
  slang: 6,
};

/** One crisis lexicon's guards as hash sequences. */
export interface CompiledCrisisLexicon {
  id: string;
  kind: CrisisKind;
  rank: number;
  blockNext: readonly Uint32Array[];
  blockPrev: readonly Uint32Array[];
  needNext: readonly Uint32Array[] | undefined;
  needPrev: readonly Uint32Array[] | undefined;
}

const toHashes = (phrases: readonly string[]): Uint32Array[] =>
  phrases.map((p) => Uint32Array.from(hashPhrase(p)));

function compileOne(lex: CrisisLexicon): CompiledCrisisLexicon {
  return {
    id: lex.id,
    kind: lex.kind,
    rank: KIND_RANK[lex.kind],
    blockNext: toHashes(lex.blockNext ?? []),
    blockPrev: toHashes(lex.blockPrev ?? []),
    needNext: lex.needNext === undefined ? undefined : toHashes(lex.needNext),
    needPrev: lex.needPrev === undefined ? undefined : toHashes(lex.needPrev),
  };
}

/** For each lexicon number of the matcher, its compiled crisis guards, or undefined if not crisis. */
export function compileCrisis(matcher: LexiconMatcher): (CompiledCrisisLexicon | undefined)[] {
  const byId = new Map(crisisLexiconData.map((lex) => [lex.id, lex]));
  return matcher.lexicons.map((lex) => {
    const crisis = byId.get(lex.id);
    return crisis === undefined ? undefined : compileOne(crisis);
  });
}
