// Strategy 3, heightening expectation: presupposed versus conditional change, hedges
// versus confident statements, and talk of the future the client wants.
import type { UtteranceContext } from '../types.js';
import { addFinding, type Compiled } from './compiled.js';
import { isInterrogative } from './learning.js';
import type { Suggester } from './suggestions.js';

/** Flag presupposed and conditional change, hedges, confidence and future orientation. */
export function confidence(ctx: UtteranceContext, c: Compiled, suggest: Suggester): void {
  const { matches, counts } = ctx;
  let presupposedUntil = 0;
  let confidentUntil = 0;
  for (let m = 0; m < matches.count; m++) {
    const lex = matches.lexicon[m];
    const start = matches.start[m] ?? 0;
    const end = matches.end[m] ?? 0;
    if (lex === c.lex.presupposed) {
      // "as soon as you" also holds "as you": the longest phrase speaks for both.
      if (start < presupposedUntil) continue;
      presupposedUntil = end;
      const verbEnd = forwardVerbEnd(ctx, c, end);
      if (verbEnd < 0) continue;
      counts.presupposed++;
      addFinding(ctx, 'presupposed_change', 'therapist.presupposed_change', start, verbEnd);
    } else if (lex === c.lex.conditional && isConditionalChange(ctx, c, start, end)) {
      counts.conditional++;
      const k = c.sentences.of[start] ?? 0;
      const rewrite = suggest.conditional(ctx, k, start);
      addFinding(ctx, 'conditional_change', 'therapist.conditional_change', start, end, rewrite);
    } else if (lex === c.lex.hedge && !isCategory(ctx, c, start)) {
      counts.hedges++;
      addFinding(ctx, 'hedge', 'therapist.hedge', start, end);
    } else if (lex === c.lex.confident) {
      if (start < confidentUntil) continue;
      confidentUntil = end;
      if (!isConfident(ctx, c, start, end)) continue;
      counts.confident++;
      addFinding(ctx, 'confident', 'therapist.confident', start, end);
    } else if (lex === c.lex.future && !isGuess(ctx, c, start)) {
      counts.future++;
      addFinding(ctx, 'future_orientation', 'therapist.future_orientation', start, end);
    }
  }
}

/**
 * Phrases that end in "you" need a forward verb next (therapist.guard.presupposed_tense):
 * returns the token end to report, or -1 when the phrase looks back instead.
 */
function forwardVerbEnd(ctx: UtteranceContext, c: Compiled, end: number): number {
  const { hash } = ctx.tokens;
  if (hash[end - 1] !== c.h.you) return end;
  const stop = c.sentences.end[c.sentences.of[end - 1] ?? 0] ?? 0;
  let t = end;
  while (t < stop && c.adverbs.has(hash[t] ?? 0)) t++;
  return t < stop && c.forward.has(hash[t] ?? 0) ? t + 1 : -1;
}

/** "What if", "even if", "as if" and polite ifs are not doubt about change. */
function isConditionalChange(ctx: UtteranceContext, c: Compiled, start: number, end: number) {
  const { hash } = ctx.tokens;
  const k = c.sentences.of[start] ?? 0;
  const before = start > (c.sentences.start[k] ?? 0) ? (hash[start - 1] ?? 0) : 0;
  if (before === c.h.what || before === c.h.even || before === c.h.as || before === c.h.only) {
    return false;
  }
  const after = end < (c.sentences.end[k] ?? 0) ? (hash[end] ?? 0) : 0;
  const last = hash[end - 1] ?? 0;
  const h = c.h;
  if (last === h.feel) return after !== h.like && after !== h.comfortable && after !== h.okay;
  if (last === h.can) {
    return !(
      after === h.tell ||
      after === h.say ||
      after === h.describe ||
      after === h.remember ||
      after === h.think ||
      after === h.explain ||
      after === h.imagine ||
      after === h.share ||
      after === h.help ||
      after === h.just ||
      after === h.please ||
      after === 0
    );
  }
  if (last === h.ever) return after !== h.want && after !== h.need;
  return true;
}

/** "What kind of", "this sort of": a category, not a hedge (therapist.guard.hedge). */
function isCategory(ctx: UtteranceContext, c: Compiled, start: number): boolean {
  const { hash } = ctx.tokens;
  const k = c.sentences.of[start] ?? 0;
  if (start <= (c.sentences.start[k] ?? 0)) return false;
  const h = hash[start] ?? 0;
  if (h !== c.h.kind && h !== c.h.sort) return false;
  return c.determiners.has(hash[start - 1] ?? 0);
}

/** Confidence, not a question, condition, negation or instruction (therapist.guard.confident). */
function isConfident(ctx: UtteranceContext, c: Compiled, start: number, end: number): boolean {
  const { hash } = ctx.tokens;
  const s = c.sentences;
  const k = s.of[start] ?? 0;
  if (isInterrogative(s, k)) return false;
  const before = start > (s.start[k] ?? 0) ? (hash[start - 1] ?? 0) : 0;
  const h = c.h;
  if (
    c.clauseOpeners.has(before) ||
    before === h.what ||
    before === h.how ||
    before === h.where ||
    before === h.anything ||
    before === h.something ||
    before === h.whatever ||
    before === h.whether
  ) {
    return false;
  }
  const after = end < (s.end[k] ?? 0) ? (hash[end] ?? 0) : 0;
  return !(
    after === h.not ||
    after === h.need ||
    after === h.have ||
    after === h.receive ||
    after === h.sign ||
    after === h.fill
  );
}

/** "I imagine" / "I can't imagine" guess at the present, they do not look ahead. */
function isGuess(ctx: UtteranceContext, c: Compiled, start: number): boolean {
  const { hash } = ctx.tokens;
  if (hash[start] !== c.h.imagine || start === 0) return false;
  const before = hash[start - 1] ?? 0;
  return (
    before === c.h.i || before === c.h["i'd"] || before === c.h["can't"] || before === c.h.cannot
  );
}
