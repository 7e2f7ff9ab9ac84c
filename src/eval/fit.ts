// Training glue: runs the real engine (rules, counts, context) over AnnoMI sessions to
// capture each utterance's features once, then trains the four task models on any subset
// of sessions. Cross-validation and `npm run train` both go through here.
import { Engine } from '../engine/index.js';
import {
  Dataset,
  type FeatureBuffer,
  type LabelModels,
  TASK_CLASSES,
  TASK_NAMES,
  type InnerFolds,
  type TaskName,
  type TrainOptions,
  addPreviousLabel,
  previousLabelIds,
  quantize,
  selectBiasOffsets,
  selectTrainOptions,
  trainSoftmax,
} from '../models/index.js';
import type { UtteranceContext } from '../markers/types.js';
import type { AnnomiLabels, AnnomiSession } from './annomi-data.js';
import { EvalInputError } from './errors.js';

/** Features of every labelled utterance per task; each row's group is its session index. */
export type TaskDatasets = Record<TaskName, Dataset>;

const goldField: Record<TaskName, keyof AnnomiLabels> = {
  therapistBehaviour: 'behaviour',
  questionType: 'questionType',
  reflectionType: 'reflectionType',
  clientTalkType: 'talkType',
};

/** Gold label id as the labeler carries it forward: therapist behaviours only. */
function labelId(u: AnnomiSession['utterances'][number] | undefined): number {
  const label = u?.role === 'therapist' ? u.gold.behaviour : undefined;
  return label === undefined ? 0 : (previousLabelIds[label] ?? 0);
}

/** Gold label ids of the previous utterance and of this speaker's previous utterance. */
function previousGold(session: AnnomiSession, index: number): [number, number] {
  const role = session.utterances[index]?.role;
  let own = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (session.utterances[i]?.role === role) {
      own = labelId(session.utterances[i]);
      break;
    }
  }
  return [labelId(session.utterances[index - 1]), own];
}

/**
 * Capture features of all sessions. The previous-label feature uses the gold label of the
 * previous utterance (teacher forcing); at inference the labeler uses its own prediction.
 */
export function captureFeatures(sessions: readonly AnnomiSession[]): TaskDatasets {
  const data = Object.fromEntries(TASK_NAMES.map((t) => [t, new Dataset()])) as TaskDatasets;
  let current = 0;
  const observe = (ctx: UtteranceContext, features: FeatureBuffer): void => {
    const session = sessions[current];
    const utterance = session?.utterances[ctx.utterance.index];
    if (session === undefined || utterance === undefined) return;
    const [previous, own] = previousGold(session, ctx.utterance.index);
    addPreviousLabel(features, previous, own);
    for (const task of TASK_NAMES) {
      if ((task === 'clientTalkType') !== (utterance.role === 'client')) continue;
      const label = utterance.gold[goldField[task]];
      const c = label === undefined ? -1 : (TASK_CLASSES[task] as readonly string[]).indexOf(label);
      if (c >= 0) data[task].add(features, c, current);
    }
    features.count -= 2; // the labeler adds its own previous-label features next
  };
  const engine = new Engine({ models: null, observe });
  for (current = 0; current < sessions.length; current++) {
    const session = sessions[current];
    if (session !== undefined) engine.analyzeUtterances(session.transcript);
  }
  return data;
}

/** Inner folds (by video) over the sessions where `use` is true, for choosing settings. */
export function innerFolds(
  sessions: readonly AnnomiSession[],
  use: (session: number) => boolean,
  k = 3,
): InnerFolds {
  const used: number[] = [];
  sessions.forEach((_, i) => {
    if (use(i)) used.push(i);
  });
  const folds = groupFolds(
    used.map((i) => sessions[i] as AnnomiSession),
    k,
  );
  const foldOf = new Map<number, number>();
  used.forEach((s, i) => foldOf.set(s, folds[i] ?? 0));
  return { folds: k, foldOf: (session) => foldOf.get(session) ?? -1 };
}

/** What inner cross-validation chose for one task: training settings and bias offsets. */
export type InnerChoice = Partial<TrainOptions> & { biasOffsets?: number[] };

/**
 * Train (and quantise, as shipped) all four models on the sessions where `use` is true.
 * With `inner`, each task's settings (see trainOptionsGrid, unless `options` fixes the
 * rate) and its class bias offsets (see selectBiasOffsets) are chosen by inner
 * cross-validation on those sessions only; `chosen` receives the choice.
 */
export function trainLabelModels(
  data: TaskDatasets,
  use: (session: number) => boolean,
  options: Partial<TrainOptions> = {},
  inner?: InnerFolds,
  chosen?: (task: TaskName, choice: InnerChoice) => void,
): LabelModels {
  const models = {} as LabelModels;
  for (const task of TASK_NAMES) {
    const ds = data[task];
    const rows: number[] = [];
    for (let r = 0; r < ds.size; r++) if (use(ds.groups[r] ?? 0)) rows.push(r);
    const classes = TASK_CLASSES[task];
    let taskOptions = options;
    let offsets: number[] = [];
    if (inner !== undefined) {
      if (options.learningRate === undefined)
        taskOptions = selectTrainOptions(ds, classes, rows, inner, options);
      offsets = selectBiasOffsets(ds, classes, rows, inner, taskOptions);
      chosen?.(task, { ...taskOptions, biasOffsets: offsets });
    }
    const model = trainSoftmax(ds, classes, taskOptions, rows);
    for (let c = 0; c < offsets.length; c++)
      model.bias[c] = (model.bias[c] ?? 0) + (offsets[c] ?? 0);
    models[task] = quantize(model);
  }
  return models;
}

/**
 * Assign sessions to k folds grouped by video, so no video is in two folds; the largest
 * videos go first to the lightest fold, which keeps folds even and the split deterministic.
 */
export function groupFolds(sessions: readonly AnnomiSession[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const s of sessions) sizes.set(s.video, (sizes.get(s.video) ?? 0) + s.utterances.length);
  if (sizes.size < k)
    throw new EvalInputError('too_few_groups', `${sizes.size} videos for ${k} folds`);
  const videos = [...sizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [video, size] of videos) {
    let best = 0;
    for (let f = 1; f < k; f++) if ((load[f] ?? 0) < (load[best] ?? 0)) best = f;
    foldOf.set(video, best);
    load[best] = (load[best] ?? 0) + size;
  }
  return sessions.map((s) => foldOf.get(s.video) ?? 0);
}
