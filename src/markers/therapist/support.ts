// Alliance, not reliance: the therapist turning the client towards their wider life.
import type { UtteranceContext } from '../types.js';
import { addFinding, type Compiled } from './compiled.js';
import { Flag, SentenceKind } from './sentences.js';

/**
 * Flag widening support (therapist.guard.widening): people words only in a question or
 * an encouraging sentence, action phrases anywhere; one finding per sentence so that
 * "friends and family" is one move, not two.
 */
export function support(ctx: UtteranceContext, c: Compiled): void {
  const { matches, counts, tokens } = ctx;
  const s = c.sentences;
  for (let m = 0; m < matches.count; m++) {
    const lex = matches.lexicon[m];
    if (lex !== c.lex.widenPeople && lex !== c.lex.widenAction) continue;
    const start = matches.start[m] ?? 0;
    const end = matches.end[m] ?? 0;
    const k = s.of[start] ?? 0;
    const flags = s.flags[k] ?? 0;
    if (flags & Flag.Widened) continue;
    if (lex === c.lex.widenPeople) {
      const context = s.kind[k] !== SentenceKind.Statement || (flags & Flag.Encouraging) !== 0;
      const history = end < (s.end[k] ?? 0) && tokens.hash[end] === c.h.history;
      if (!context || history) continue;
    }
    s.flags[k] = flags | Flag.Widened;
    counts.widening++;
    addFinding(
      ctx,
      'widening_support',
      matches.lexicon[m] === c.lex.widenPeople
        ? 'therapist.widening.people'
        : 'therapist.widening.action',
      start,
      end,
    );
  }
}
