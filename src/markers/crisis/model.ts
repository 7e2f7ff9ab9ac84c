// The model tier: runs only when the lexicons found nothing, and only adds. Kept apart
// from scan.ts so the rules stay readable and testable without weights.
import { passesGate, shippedCrisisScorer, type CrisisScorer } from '../../models/crisis/index.js';
import type { Tokens } from '../../text/index.js';
import type { CrisisFinding } from '../types.js';

let shipped: CrisisScorer | null | undefined;

/** The committed model's scorer (built once), or null when no weights are committed. */
export function crisisScorer(): CrisisScorer | null {
  if (shipped === undefined) shipped = shippedCrisisScorer();
  return shipped;
}

/**
 * Add the model's finding when no crisis lexicon matched at all (`lexiconHit` false) and the
 * model is confident; returns the total count. A hit that a guard dropped ("political
 * suicide") keeps the model silent: the guard read the words, the model only their mix.
 * The scorer is fetched only past the gate, so its weights are decoded on first real use,
 * not at every start of the CLI.
 */
export function addModelFinding(
  tokens: Tokens,
  ruleCount: number,
  lexiconHit: boolean,
  scorer: () => CrisisScorer | null,
  out: { push: (finding: CrisisFinding) => unknown },
): number {
  if (ruleCount > 0 || lexiconHit) return ruleCount;
  if (!passesGate(tokens)) return 0;
  const finding = scorer()?.finding(tokens);
  if (finding === undefined) return 0;
  out.push(finding);
  return 1;
}
