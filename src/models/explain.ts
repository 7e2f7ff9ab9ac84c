// Names the few features that decided a label, so that `because` says what the model saw
// ("first=what", "rule=therapist.open.what"). Strings are made only for these few.
import type { UtteranceContext } from '../markers/types.js';
import { Kind } from '../text/index.js';
import { countFeatureKeys } from './features.js';
import type { FeatureBuffer } from './linear.js';
import { T, previousLabelIds, templateNames } from './templates.js';

const questionStates = ['none', 'inside', 'at-end', 'several'];
const roleNames = ['start', 'therapist', 'client', 'other'];
const overlapBuckets = ['none', 'under 15%', '15-30%', '30-50%', '50% or more'];
const labelNames = Object.fromEntries(Object.entries(previousLabelIds).map(([k, v]) => [v, k]));

function word(ctx: UtteranceContext, i: number): string {
  return i < 0 || i >= ctx.tokens.count ? '' : ctx.tokens.word(i).toLowerCase();
}

function nextWord(ctx: UtteranceContext, i: number): number {
  for (let j = i + 1; j < ctx.tokens.count; j++) {
    const k = ctx.tokens.kind[j];
    if (k === Kind.Word || k === Kind.Number) return j;
  }
  return -1;
}

function previousToken(ctx: UtteranceContext, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (ctx.tokens.kind[j] !== Kind.Comma) return j;
  return -1;
}

/** A readable name for the feature at position `at` of `features`. */
export function featureName(ctx: UtteranceContext, features: FeatureBuffer, at: number): string {
  const template = features.template[at] ?? 0;
  const d = features.detail[at] ?? 0;
  const name = templateNames[template] ?? 'feature';
  switch (template) {
    case T.word:
    case T.first:
    case T.lastWord:
    case T.lastSentenceFirst:
    case T.firstWithQuestion:
      return `${name}=${word(ctx, d)}`;
    case T.pair:
      return d < 0
        ? `${name}=end`
        : `${name}=${word(ctx, previousToken(ctx, d)) || 'start'} ${word(ctx, d)}`;
    case T.firstTwo:
    case T.lastSentenceFirstTwo:
      return `${name}=${word(ctx, d)} ${word(ctx, nextWord(ctx, d))}`.trimEnd();
    case T.finding:
      return `${name}=${ctx.findings[d]?.code ?? ''}`;
    case T.rule:
      return `${name}=${ctx.findings[d]?.rule ?? ''}`;
    case T.count:
      return `${name}=${countFeatureKeys[d] ?? ''}`;
    case T.question:
      return `${name}=${questionStates[d] ?? ''}`;
    case T.previousRole:
      return `${name}=${roleNames[d] ?? ''}`;
    case T.previousLabel:
    case T.previousOwnLabel:
      return `${name}=${labelNames[d] ?? 'none'}`;
    case T.length:
      return `${name}=${d} words`;
    case T.overlap:
      return `${name}=${overlapBuckets[d] ?? ''}`;
    case T.previousQuestion:
      return `${name}=${d === 1 ? 'yes' : 'no'}`;
    case T.negatedWord:
    case T.answerWord:
      return `${name}=${word(ctx, d)}`;
    default:
      return name;
  }
}
