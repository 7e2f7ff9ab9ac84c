// Strategy 1, speaking as a team: we-talk (institutional "we" apart), I- and you-talk,
// doing-to language and credit given to the client.
import { institutionalWe } from '../../lexicons/therapist.js';
import type { UtteranceContext } from '../types.js';
import { addFinding, type Compiled } from './compiled.js';
import { INSTITUTIONAL_AUDIENCE_RULE } from './rules.js';
import { Flag } from './sentences.js';

/** Suggested for doing-to language: the same aim, with shared agency. */
export const DOING_TO_SUGGESTION =
  'Make it joint work, e.g. "Shall we work out together how to tackle this?"';

/** Count pronouns and flag we-talk, institutional we, doing-to and credit. */
export function team(ctx: UtteranceContext, c: Compiled): void {
  const { matches, tokens, counts } = ctx;
  const s = c.sentences;
  let pronounsUntil = 0;
  let creditUntil = 0;
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
        const k = s.of[start] ?? 0;
        if ((s.flags[k] ?? 0) & Flag.Institutional && c.plural.has(tokens.hash[start] ?? 0)) {
          const rule =
            (s.institutionalCue[k] ?? 0) > 0 ? institutionalWe.id : INSTITUTIONAL_AUDIENCE_RULE;
          counts.institutionalWe++;
          addFinding(ctx, 'institutional_we', rule, start, end);
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
