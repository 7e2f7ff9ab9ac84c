// The labels stage: features from the rules' output and the tokens, then one linear model
// per task. Without models it falls back to the trivial question-mark rule, so the engine
// still labels something when weights are missing.
import type { Behaviour, MarkerFactory, TalkType, UtteranceContext } from '../markers/types.js';
import { featureName } from './explain.js';
import { FeatureExtractor, addPreviousLabel } from './features.js';
import { FeatureBuffer, type LinearModel } from './linear.js';
import { type LabelModels, TASK_CLASSES, checkModels } from './tasks.js';
import { T, previousLabelIds } from './templates.js';

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
/** Cached reasons kept before the cache starts over (bounds memory on endless streams). */
const REASON_CACHE_LIMIT = 1 << 16;

/**
 * Reason strings by task and feature hash. Building them (token text, template name) was
 * two thirds of the labels stage, and the same few thousand features explain most labels.
 * The hash mixes the template and its values, so one hash names one feature (a 32-bit
 * collision could show another feature's name; the label itself is unaffected).
 */
class ReasonCache {
  private readonly byTask = new Map<string, Map<number, string>>();

  /** The reason for feature `at` of `features` in `task`, built once per feature hash. */
  get(task: string, ctx: UtteranceContext, features: FeatureBuffer, at: number): string {
    let cache = this.byTask.get(task);
    if (cache === undefined) this.byTask.set(task, (cache = new Map<number, string>()));
    const template = features.template[at] ?? 0;
    // Length and overlap name a raw count or ratio that the hashed bucket does not hold.
    if (template === T.length || template === T.overlap)
      return `${task}:${featureName(ctx, features, at)}`;
    const key = features.index[at] ?? 0;
    let reason = cache.get(key);
    if (reason === undefined) {
      if (cache.size >= REASON_CACHE_LIMIT) cache.clear();
      reason = `${task}:${featureName(ctx, features, at)}`;
      cache.set(key, reason);
    }
    return reason;
  }
}

/** Build a labels stage with the given models (see LabelerOptions). */
export function createLabeler(
  options: LabelerOptions,
  shipped: () => LabelModels | null,
): MarkerFactory {
  const reasons = new ReasonCache();
  return () => {
    const models = options.models === undefined ? shipped() : options.models;
    if (models !== null) checkModels(models);
    const extractor = new FeatureExtractor();
    const features = new FeatureBuffer();
    const scratch = new Float64Array(8);
    let previousLabel = 0;
    let lastTherapist = 0;
    let lastClient = 0;
    const decide = (ctx: UtteranceContext, task: keyof LabelModels, model: LinearModel): string => {
      const c = model.predict(features, scratch);
      const n = model.topFeaturesInPlace(features, c, EXPLAIN_TOP);
      const top = model.topPositions;
      for (let i = 0; i < n; i++) {
        const reason = reasons.get(task, ctx, features, top[i] ?? 0);
        if (!ctx.labels.because.includes(reason)) ctx.labels.because.push(reason);
      }
      return model.classes[c] ?? '';
    };
    return (ctx) => {
      if (ctx.previous === undefined) previousLabel = lastTherapist = lastClient = 0;
      const role = ctx.utterance.role;
      if (role === 'other') {
        previousLabel = 0;
        return;
      }
      extractor.extract(ctx, features);
      options.observe?.(ctx, features);
      addPreviousLabel(features, previousLabel, role === 'therapist' ? lastTherapist : lastClient);
      const { labels } = ctx;
      if (role === 'therapist') {
        const behaviour = (
          models === null
            ? fallbackBehaviour(ctx)
            : decide(ctx, 'therapistBehaviour', models.therapistBehaviour)
        ) as Behaviour;
        labels.behaviour = behaviour;
        if (behaviour === 'question' || options.everySubtype === true) {
          labels.questionType =
            models === null
              ? fallbackQuestion(ctx)
              : (decide(ctx, 'questionType', models.questionType) as 'open' | 'closed');
        }
        if (models !== null && (behaviour === 'reflection' || options.everySubtype === true)) {
          labels.reflectionType = decide(ctx, 'reflectionType', models.reflectionType) as
            'simple' | 'complex';
        }
        previousLabel = lastTherapist = previousLabelIds[behaviour] ?? 0;
      } else {
        const talk = (
          models === null ? fallbackTalk(ctx) : decide(ctx, 'clientTalkType', models.clientTalkType)
        ) as TalkType;
        labels.talkType = talk;
        previousLabel = lastClient = previousLabelIds[talk] ?? 0;
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
