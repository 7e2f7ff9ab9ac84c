// Strategy 2, therapy as learning: open, closed and Socratic questions, and reflection
// cues. Question type is decided per sentence from its opener after fillers.
import { Kind } from '../../text/index.js';
import type { UtteranceContext } from '../types.js';
import { addFinding, type Compiled } from './compiled.js';
import { QuestionRule, questionRuleIds } from './rules.js';
import { Flag, SentenceKind, type Sentences } from './sentences.js';
import type { Suggester } from './suggestions.js';

/** Decide every sentence's question kind and rule (fills `c.sentences.kind/rule`). */
export function classifyQuestions(ctx: UtteranceContext, c: Compiled): void {
  const { hash } = ctx.tokens;
  const s = c.sentences;
  for (let k = 0; k < s.count; k++) {
    const first = s.first[k] ?? 0;
    const end = s.end[k] ?? 0;
    const asked = s.terminator[k] === Kind.Question;
    const h = hash[first] ?? 0;
    const next = first + 1 < end ? (hash[first + 1] ?? 0) : 0;
    let kind: number = SentenceKind.Statement;
    let rule: number = QuestionRule.Wh;
    if (first >= end) {
      if (asked) {
        kind = SentenceKind.Closed;
        rule = QuestionRule.CheckIn;
      }
    } else if ((s.flags[k] ?? 0) & Flag.Starter && isInvitation(ctx, c, k, asked)) {
      kind = SentenceKind.Open;
      rule = QuestionRule.Invitation;
    } else if (c.wh.has(h) && (asked || c.aux.has(next))) {
      kind = isFact(ctx, c, first, end) ? SentenceKind.Closed : SentenceKind.Open;
      if (kind === SentenceKind.Closed) rule = QuestionRule.Fact;
    } else if (c.aux.has(h) && (asked || c.subjects.has(next))) {
      kind = SentenceKind.Closed;
      rule = QuestionRule.Auxiliary;
    } else if (asked) {
      const clause = whClause(ctx, c, first, end);
      if ((s.flags[k] ?? 0) & Flag.Invite) {
        kind = SentenceKind.Open;
        rule = QuestionRule.Invitation;
      } else if (clause >= 0 && !isFact(ctx, c, clause, end)) {
        kind = SentenceKind.Open;
      } else {
        kind = SentenceKind.Closed;
        rule = clause >= 0 ? QuestionRule.Fact : QuestionRule.Declarative;
      }
    }
    if (kind === SentenceKind.Closed && s.socratic[k] !== 0) {
      kind = SentenceKind.Open;
      rule = QuestionRule.SocraticAsOpen;
    }
    s.kind[k] = kind;
    s.rule[k] = rule;
  }
}

/** "How many", "what kind of", "what time": the question asks for a fact. */
function isFact(ctx: UtteranceContext, c: Compiled, at: number, end: number): boolean {
  const { hash } = ctx.tokens;
  const h = hash[at] ?? 0;
  const next = at + 1 < end ? (hash[at + 1] ?? 0) : 0;
  if (h === c.h.how) return c.quantities.has(next);
  if (h !== c.h.what) return false;
  if (next === c.h.time) return true;
  const isKind = next === c.h.kind || next === c.h.type || next === c.h.sort;
  return isKind && at + 2 < end && hash[at + 2] === c.h.of;
}

/**
 * A question word opening a later clause ("So on that day, what went through your mind?"):
 * returns its token, or -1. Only asked of sentences that did not open as a question.
 */
function whClause(ctx: UtteranceContext, c: Compiled, first: number, end: number): number {
  const { kind, hash } = ctx.tokens;
  for (let t = first; t < end; t++) {
    if (kind[t] !== Kind.Comma && kind[t] !== Kind.Other) continue;
    let u = t + 1;
    while (u < end && (c.fillers.has(hash[u] ?? 0) || kind[u] === Kind.Comma)) u++;
    if (u < end && c.wh.has(hash[u] ?? 0)) return u;
  }
  return -1;
}

/** "Tell me about... needs no "?", "I wonder..." does; "tell me if/whether" is a request. */
function isInvitation(ctx: UtteranceContext, c: Compiled, k: number, asked: boolean): boolean {
  const s = c.sentences;
  const { hash } = ctx.tokens;
  const after = hash[s.starterEnd[k] ?? 0] ?? 0;
  if ((s.starterEnd[k] ?? 0) < (s.end[k] ?? 0) && (after === c.h.if || after === c.h.whether)) {
    return false;
  }
  if (asked) return true;
  const h = hash[s.first[k] ?? 0] ?? 0;
  return (
    h === c.h.tell ||
    h === c.h.describe ||
    h === c.h.say ||
    h === c.h.walk ||
    h === c.h.talk ||
    h === c.h.help ||
    h === c.h.can ||
    h === c.h.could ||
    h === c.h.would
  );
}

/** True when a sentence is a wh- or auxiliary question (not a declarative "...?"). */
export function isInterrogative(s: Sentences, k: number): boolean {
  const kind = s.kind[k];
  const rule = s.rule[k];
  return (
    kind === SentenceKind.Open || (kind === SentenceKind.Closed && rule === QuestionRule.Auxiliary)
  );
}

/** Build the question and reflection rule pass. */
export function learning(c: Compiled, suggest: Suggester): (ctx: UtteranceContext) => void {
  return (ctx) => {
    const { matches, counts, matcher, tokens } = ctx;
    const s = c.sentences;
    for (let k = 0; k < s.count; k++) {
      const kind = s.kind[k];
      if (kind === SentenceKind.Statement) continue;
      const from = s.start[k] ?? 0;
      const to = s.close[k] ?? 0;
      const rule = questionRuleIds[s.rule[k] ?? 0] ?? '';
      if (kind === SentenceKind.Open) {
        counts.openQuestions++;
        addFinding(ctx, 'open_question', rule, from, to);
      } else {
        counts.closedQuestions++;
        addFinding(ctx, 'closed_question', rule, from, to, suggest.closed(ctx, k));
      }
      if (s.socratic[k] !== 0) {
        counts.socraticQuestions++;
        addFinding(ctx, 'socratic_question', 'therapist.socratic', from, to);
      }
    }
    let cuesUntil = 0;
    for (let m = 0; m < matches.count; m++) {
      const lex = matches.lexicon[m] ?? 0;
      const start = matches.start[m] ?? 0;
      // "it sounds like" also holds "sounds like": one cue, the longest.
      if (c.reflection[lex] !== 1 || start < cuesUntil) continue;
      cuesUntil = matches.end[m] ?? 0;
      const k = s.of[start] ?? 0;
      if (isInterrogative(s, k)) continue;
      const before = start > (s.start[k] ?? 0) ? (tokens.hash[start - 1] ?? 0) : 0;
      if (c.aux.has(before) || c.clauseOpeners.has(before)) continue;
      addFinding(ctx, 'reflection', matcher.lexicons[lex]?.id ?? '', start, cuesUntil);
    }
  };
}
