// The therapist marker family: compiled once per engine, then one call per therapist turn.
import type { MarkerFactory } from '../types.js';
import { compile, gatherFlags } from './compiled.js';
import { confidence } from './confidence.js';
import { classifyQuestions, learning } from './learning.js';
import { splitSentences } from './sentences.js';
import { Suggester } from './suggestions.js';
import { support } from './support.js';
import { team } from './team.js';

/** Builds the per-utterance therapist marker function against the compiled lexicons. */
export const therapistMarkers: MarkerFactory = (matcher) => {
  const c = compile(matcher);
  const suggest = new Suggester(c);
  const questions = learning(c, suggest);
  const allRight = { all: c.h.all, right: c.h.right };
  return (ctx) => {
    splitSentences(ctx.tokens, c.sentences, c.fillers, allRight);
    gatherFlags(ctx, c);
    classifyQuestions(ctx, c);
    team(ctx, c);
    questions(ctx);
    confidence(ctx, c, suggest);
    support(ctx, c);
  };
};
