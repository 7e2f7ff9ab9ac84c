// Turns lexicon hits into crisis findings: drops hits whose neighbouring words show a
// harmless use, merges overlapping hits into one finding of the gravest kind, and notes
// negation. Works on token hashes and the shared matcher's hits; allocates only per finding.
import type { Matches } from '../../lexicons/index.js';
import { Kind, type Tokens } from '../../text/index.js';
import type { CrisisFinding } from '../types.js';
import type { CompiledCrisisLexicon } from './compile.js';
import { isNegated } from './negation.js';

function isWordAt(tokens: Tokens, i: number): boolean {
  if (i < 0 || i >= tokens.count) return false;
  const k = tokens.kind[i];
  return k === Kind.Word || k === Kind.Number;
}

/** Does the phrase start at token `at` (words only, no punctuation in between)? */
function phraseAt(tokens: Tokens, at: number, phrase: Uint32Array): boolean {
  for (let j = 0; j < phrase.length; j++) {
    if (!isWordAt(tokens, at + j) || tokens.hash[at + j] !== phrase[j]) return false;
  }
  return true;
}

function anyAt(tokens: Tokens, at: number, phrases: readonly Uint32Array[]): boolean {
  for (const p of phrases) if (phraseAt(tokens, at, p)) return true;
  return false;
}

function anyEndingAt(tokens: Tokens, end: number, phrases: readonly Uint32Array[]): boolean {
  for (const p of phrases)
    if (end - p.length >= 0 && phraseAt(tokens, end - p.length, p)) return true;
  return false;
}

/** Whether the hit at tokens [start, end) survives its lexicon's guards. */
export function passesGuards(
  tokens: Tokens,
  start: number,
  end: number,
  lex: CompiledCrisisLexicon,
): boolean {
  if (anyAt(tokens, end, lex.blockNext) || anyEndingAt(tokens, start, lex.blockPrev)) return false;
  // A clause boundary satisfies a "need": the statement stands on its own there.
  if (lex.needNext !== undefined && isWordAt(tokens, end) && !anyAt(tokens, end, lex.needNext)) {
    return false;
  }
  if (lex.needPrev !== undefined && isWordAt(tokens, start - 1)) {
    if (!anyEndingAt(tokens, start, lex.needPrev)) return false;
  }
  return true;
}

/** Append one finding per cluster of overlapping crisis hits to `out`; returns how many. */
export function scanCrisis(
  tokens: Tokens,
  matches: Matches,
  compiled: readonly (CompiledCrisisLexicon | undefined)[],
  out: { push: (finding: CrisisFinding) => unknown },
): number {
  let found = 0;
  let cStart = -1;
  let cEnd = -1;
  let cLex: CompiledCrisisLexicon | undefined;
  const flush = (): void => {
    if (cLex === undefined) return;
    out.push({
      code: 'crisis',
      rule: cLex.id,
      kind: cLex.kind,
      negated: isNegated(tokens, cStart),
      start: tokens.start[cStart] ?? 0,
      end: tokens.end[cEnd - 1] ?? 0,
    });
    found++;
    cLex = undefined;
  };
  for (let m = 0; m < matches.count; m++) {
    const lex = compiled[matches.lexicon[m] ?? -1];
    if (lex === undefined) continue;
    const start = matches.start[m] ?? 0;
    const end = matches.end[m] ?? 0;
    if (!passesGuards(tokens, start, end, lex)) continue;
    if (cLex !== undefined && start < cEnd) {
      if (end > cEnd) cEnd = end;
      if (lex.rank < cLex.rank) cLex = lex;
      continue;
    }
    flush();
    cStart = start;
    cEnd = end;
    cLex = lex;
  }
  flush();
  return found;
}

/** True when any crisis lexicon matched, guarded or not: a guard's verdict stands over the model. */
export function anyCrisisHit(
  matches: Matches,
  compiled: readonly (CompiledCrisisLexicon | undefined)[],
): boolean {
  for (let m = 0; m < matches.count; m++)
    if (compiled[matches.lexicon[m] ?? -1] !== undefined) return true;
  return false;
}
