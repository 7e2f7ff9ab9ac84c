// Standalone detection for callers without the full engine (the companion checks every
// client message before anything else). Builds a matcher over the crisis lexicons only,
// once, and reuses its buffers: callers are single-threaded per module instance.
import { crisisLexiconData } from '../../lexicons/crisis.js';
import { LexiconMatcher, Matches } from '../../lexicons/index.js';
import { Tokens, tokenize } from '../../text/index.js';
import type { CrisisFinding } from '../types.js';
import { compileCrisis, type CompiledCrisisLexicon } from './compile.js';
import { addModelFinding, crisisScorer } from './model.js';
import { anyCrisisHit, scanCrisis } from './scan.js';

interface Detector {
  matcher: LexiconMatcher;
  compiled: (CompiledCrisisLexicon | undefined)[];
  tokens: Tokens;
  matches: Matches;
}

let detector: Detector | undefined;

function build(): Detector {
  const matcher = new LexiconMatcher(crisisLexiconData);
  return {
    matcher,
    compiled: compileCrisis(matcher),
    tokens: new Tokens(),
    matches: new Matches(),
  };
}

function scan(text: string, withModel: boolean): CrisisFinding[] {
  detector ??= build();
  const { matcher, compiled, tokens, matches } = detector;
  tokenize(text, tokens);
  matcher.match(tokens, matches);
  const out: CrisisFinding[] = [];
  const found = scanCrisis(tokens, matches, compiled, out);
  if (withModel) {
    addModelFinding(tokens, found, anyCrisisHit(matches, compiled), crisisScorer, out);
  }
  return out;
}

/** Crisis statements in one piece of client text, each with kind, rule, span and negation. */
export function detectCrisis(text: string): CrisisFinding[] {
  return scan(text, true);
}

/** The lexicon rules' findings only, without the model tier (for training and comparison). */
export function detectCrisisRules(text: string): CrisisFinding[] {
  return scan(text, false);
}
