// Strategy 1, speaking as a team: we-talk (institutional "we" apart), I- and you-talk,
// doing-to language and credit given to the client.
import { institutionalWe } from '../../lexicons/therapist.js';
import { Kind } from '../../text/index.js';
import type { UtteranceContext } from '../types.js';
import { addFinding, type Compiled } from './compiled.js';
import { INSTITUTIONAL_AUDIENCE_RULE } from './rules.js';
import { Cue, Flag } from './sentences.js';

/** Suggested for doing-to language: the same aim, with shared agency. */
export const DOING_TO_SUGGESTION =
  'Make it joint work, e.g. "Shall we work out together how to tackle this?"';

/** Count pronouns and flag we-talk, institutional we, doing-to and credit. */
export function team(ctx: UtteranceContext, c: Compiled): void {
  const { matches, tokens, counts } = ctx;
  let pronounsUntil = 0;
  let creditUntil = 0;
  // An institutional cue claims the plural pronouns up to the end of its clause.
  let institutionalUntil = 0;
  let institutionalRule = institutionalWe.id;
  for (let m = 0; m < matches.count; m++) {
    const lex = matches.lexicon[m];
    const start = matches.start[m] ?? 0;
    const end = matches.end[m] ?? 0;
    if (lex === c.lex.we || lex === c.lex.i || lex === c.lex.you) {
      // "you and I" is one we-talk hit, not also a you and an I.
      if (start < pronounsUntil) continue;
      pronounsUntil = end;
      if (lex === c.lex.i) counts.i++;
      else if (lex === c.lex.you) counts.you++;
      else {
        const cue = institutionalCue(ctx, c, start);
        if (cue !== undefined) {
          institutionalUntil = clauseEnd(ctx, c, start);
          institutionalRule = cue;
        }
        if (start < institutionalUntil && c.plural.has(tokens.hash[start] ?? 0)) {
          counts.institutionalWe++;
          addFinding(ctx, 'institutional_we', institutionalRule, start, end);
        } else {
          counts.we++;
          addFinding(ctx, 'we_talk', 'therapist.we_talk', start, end);
        }
      }
    } else if (lex === c.lex.doingTo) {
      counts.doingTo++;
      addFinding(ctx, 'doing_to', 'therapist.doing_to', start, end, DOING_TO_SUGGESTION);
    } else if (lex === c.lex.credit && start >= creditUntil && isCredit(ctx, c, start)) {
      creditUntil = end;
      counts.credit++;
      addFinding(ctx, 'credit', 'therapist.credit', start, end);
    }
  }
}

/** The rule id of an institutional cue starting at this pronoun, if one does. */
function institutionalCue(ctx: UtteranceContext, c: Compiled, start: number): string | undefined {
  const s = c.sentences;
  const cue = s.cue[start];
  if (cue === Cue.Service) return institutionalWe.id;
  const audience = ((s.flags[s.of[start] ?? 0] ?? 0) & Flag.Audience) !== 0;
  return cue === Cue.ServiceVerb && audience ? INSTITUTIONAL_AUDIENCE_RULE : undefined;
}

/** Token after the clause holding `start`: the next comma, dash, "but" or the sentence end. */
function clauseEnd(ctx: UtteranceContext, c: Compiled, start: number): number {
  const { kind, hash } = ctx.tokens;
  const end = c.sentences.end[c.sentences.of[start] ?? 0] ?? 0;
  let t = start + 1;
  while (t < end && kind[t] !== Kind.Comma && kind[t] !== Kind.Other && hash[t] !== c.h.but) t++;
  return t;
}

/** Credit holds unless a question, condition or negation governs it (therapist.guard.credit). */
function isCredit(ctx: UtteranceContext, c: Compiled, start: number): boolean {
  const { hash } = ctx.tokens;
  const from = c.sentences.start[c.sentences.of[start] ?? 0] ?? 0;
  const before = start > from ? (hash[start - 1] ?? 0) : 0;
  if (c.aux.has(before) || c.clauseOpeners.has(before) || before === c.h.whether) return false;
  for (let t = Math.max(from, start - 3); t < start; t++) {
    if (c.negators.has(hash[t] ?? 0)) return false;
  }
  return true;
}
