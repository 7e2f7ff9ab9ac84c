// The labels stage: features from the rules' output and the tokens, then one linear model
// per task. Without models it falls back to the trivial question-mark rule, so the engine
// still labels something when weights are missing.
import type { MarkerFactory, TalkType, UtteranceContext } from '../markers/types.js';
import { FeatureExtractor, addPreviousLabel } from './features.js';
import { FeatureBuffer } from './linear.js';
import { PackedModels, THERAPIST_COLUMNS, argmax, type PackableModels } from './packed.js';
import type { TopK } from './topk.js';
import { ReasonCache } from './reasons.js';
import { type LabelModels, TASK_CLASSES, checkModels } from './tasks.js';
import { previousLabelIds } from './templates.js';

/** Sees each utterance's features before the previous-label feature (training capture). */
export type FeatureObserver = (ctx: UtteranceContext, features: FeatureBuffer) => void;

/** How the labels stage is built. */
export interface LabelerOptions {
  /** Models to use; `null` means rules only. Omitted: the shipped weights. */
  models?: LabelModels | null;
  /** Called for every therapist or client utterance with its features. */
  observe?: FeatureObserver;
  /**
   * Predict question and reflection type on every therapist turn, not only on questions
   * and reflections, so evaluation can score the subtype tasks apart from behaviour.
   */
  everySubtype?: boolean;
}

/** Rule id reported when the question-mark fallback decided a label. */
export const FALLBACK_RULE = 'labels.question_mark_fallback';
const EXPLAIN_TOP = 3;
const { behaviour: BEHAVIOUR, question: QUESTION, reflection: REFLECTION } = THERAPIST_COLUMNS;
const behaviours = TASK_CLASSES.therapistBehaviour;
const questionTypes = TASK_CLASSES.questionType;
const reflectionTypes = TASK_CLASSES.reflectionType;
const talkTypes = TASK_CLASSES.clientTalkType;

/** Packed tables per model set: evaluation builds an engine per fold from the same models. */
const packedOf = new WeakMap<PackableModels, PackedModels>();

/** The packed tables of a model set (decoded or as shipped), built once per set. */
export function packed(models: PackableModels): PackedModels {
  let p = packedOf.get(models);
  if (p === undefined)
    packedOf.set(models, (p = new PackedModels(checkModels(models), EXPLAIN_TOP)));
  return p;
}

/** Build a labels stage with the given models (see LabelerOptions). */
export function createLabeler(
  options: LabelerOptions,
  shipped: () => PackableModels | null,
): MarkerFactory {
  const reasons = {
    behaviour: new ReasonCache('therapistBehaviour'),
    question: new ReasonCache('questionType'),
    reflection: new ReasonCache('reflectionType'),
    talk: new ReasonCache('clientTalkType'),
  };
  const every = options.everySubtype === true;
  return () => {
    const models: PackableModels | null = options.models === undefined ? shipped() : options.models;
    const tables = models === null ? null : packed(models);
    const extractor = new FeatureExtractor();
    const features = new FeatureBuffer();
    const scores = new Float64Array(8);
    let previousLabel = 0;
    let lastTherapist = 0;
    /** Name the features kept in `top`; each distinct name once. */
    const explain = (ctx: UtteranceContext, top: TopK, cache: ReasonCache): void => {
      const { because } = ctx.labels;
      const from = because.length;
      for (let i = 0; i < top.count; i++) {
        const at = top.at[i] ?? 0;
        const reason = cache.get(ctx, features, at, ReasonCache.key(features, at));
        // Two features can share a name (a word twice, the two session-cue features).
        let seen = false;
        for (let j = from; j < because.length; j++) seen ||= because[j] === reason;
        if (!seen) because.push(reason);
      }
    };
    return (ctx) => {
      if (ctx.previous === undefined) previousLabel = lastTherapist = 0;
      const role = ctx.utterance.role;
      if (role === 'other') {
        previousLabel = 0;
        return;
      }
      extractor.extract(ctx, features);
      options.observe?.(ctx, features);
      addPreviousLabel(features, previousLabel, role === 'therapist' ? lastTherapist : 0);
      const { labels } = ctx;
      if (role === 'therapist') {
        if (tables === null) {
          labels.behaviour = fallbackBehaviour(ctx);
          if (labels.behaviour === 'question' || every) labels.questionType = fallbackQuestion(ctx);
        } else {
          tables.scoreTherapist(features, scores);
          const b = argmax(scores, BEHAVIOUR, 4);
          const behaviour = behaviours[b] ?? 'other';
          const q = behaviour === 'question' || every ? argmax(scores, QUESTION, 2) : -1;
          const r = behaviour === 'reflection' || every ? argmax(scores, REFLECTION, 2) : -1;
          tables.topTherapist(features, b, q, r);
          labels.behaviour = behaviour;
          explain(ctx, tables.behaviourTop, reasons.behaviour);
          if (q >= 0) {
            labels.questionType = questionTypes[q] ?? 'closed';
            explain(ctx, tables.questionTop, reasons.question);
          }
          if (r >= 0) {
            labels.reflectionType = reflectionTypes[r] ?? 'simple';
            explain(ctx, tables.reflectionTop, reasons.reflection);
          }
        }
        previousLabel = lastTherapist = previousLabelIds[labels.behaviour] ?? 0;
      } else {
        let talk: TalkType;
        if (tables === null) talk = fallbackTalk(ctx);
        else {
          tables.scoreClient(features, scores);
          const t = argmax(scores, 0, 3);
          talk = talkTypes[t] ?? 'neutral';
          tables.topClient(features, t);
          explain(ctx, tables.talkTop, reasons.talk);
        }
        labels.talkType = talk;
        // Client talk types are not carried forward (see addPreviousLabel).
        previousLabel = 0;
      }
    };
  };
}

function fallbackBehaviour(
  ctx: UtteranceContext,
): (typeof TASK_CLASSES.therapistBehaviour)[number] {
  ctx.labels.because.push(FALLBACK_RULE);
  return ctx.counts.questions > 0 ? 'question' : 'other';
}

function fallbackQuestion(ctx: UtteranceContext): 'open' | 'closed' {
  // The therapist rules' own open/closed counts; closed when they found neither.
  const { openQuestions, closedQuestions } = ctx.counts;
  return openQuestions > 0 && openQuestions >= closedQuestions ? 'open' : 'closed';
}

function fallbackTalk(ctx: UtteranceContext): TalkType {
  ctx.labels.because.push(FALLBACK_RULE);
  return ctx.counts.change > ctx.counts.sustain
    ? 'change'
    : ctx.counts.sustain > 0
      ? 'sustain'
      : 'neutral';
}
