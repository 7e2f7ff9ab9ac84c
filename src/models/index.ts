/** Utterance labels from rules and trained models (placeholder until the models land). */
import type { MarkerFactory } from '../markers/types.js';

/** Sets therapist behaviour / question / reflection types and client talk type. */
export const labeler: MarkerFactory = () => (ctx) => {
  if (ctx.utterance.role === 'therapist') {
    ctx.labels.behaviour = ctx.counts.questions > 0 ? 'question' : 'other';
  } else if (ctx.utterance.role === 'client') {
    ctx.labels.talkType = 'neutral';
  }
};
