/** Crisis statements: ideation, intent, plan, method, self-harm, indirect and slang. */
import { crisisLexiconData } from '../../lexicons/crisis.js';
import type { Lexicon, RuleInfo } from '../../lexicons/index.js';
import type { MarkerFactory } from '../types.js';
import { compileCrisis } from './compile.js';
import { crisisRuleData } from './rules.js';
import { addModelFinding, crisisScorer } from './model.js';
import { anyCrisisHit, scanCrisis } from './scan.js';

export { detectCrisis, detectCrisisRules } from './detect.js';
export { isNegated } from './negation.js';

/** Lexicons this family needs compiled into the shared matcher. */
export const crisisLexicons: readonly Lexicon[] = crisisLexiconData;
/** Code-based rules of this family, documented as data. */
export const crisisRules: readonly RuleInfo[] = crisisRuleData;

/** Builds the per-utterance marker: pushes crisis findings and sets `counts.crisis`. */
export const crisisMarkers: MarkerFactory = (matcher) => {
  const compiled = compileCrisis(matcher);
  return (ctx) => {
    const found = scanCrisis(ctx.tokens, ctx.matches, compiled, ctx.findings);
    const hit = found > 0 || anyCrisisHit(ctx.matches, compiled);
    ctx.counts.crisis = addModelFinding(ctx.tokens, found, hit, crisisScorer, ctx.findings);
  };
};
