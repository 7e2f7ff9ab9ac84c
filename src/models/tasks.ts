// The four labelling tasks, their classes in weight-column order (stable: shipped weights
// depend on it), and the model set the labeler needs.
import type { LinearModel } from './linear.js';

/** Classes of each task, in model column order. */
export const TASK_CLASSES = {
  therapistBehaviour: ['question', 'reflection', 'therapist_input', 'other'],
  questionType: ['open', 'closed'],
  reflectionType: ['simple', 'complex'],
  clientTalkType: ['change', 'neutral', 'sustain'],
} as const;

/** One of the four tasks. */
export type TaskName = keyof typeof TASK_CLASSES;

/** Task names in a fixed order. */
export const TASK_NAMES: readonly TaskName[] = [
  'therapistBehaviour',
  'questionType',
  'reflectionType',
  'clientTalkType',
];

/** One trained model per task. */
export type LabelModels = Record<TaskName, LinearModel>;

/** Throws when a model's classes differ from the task's (wrong or stale weights). */
export function checkModels<M extends Record<TaskName, { classes: readonly string[] }>>(
  models: M,
): M {
  for (const task of TASK_NAMES) {
    const expected = TASK_CLASSES[task];
    const got = models[task].classes;
    if (got.length !== expected.length || expected.some((c, i) => got[i] !== c)) {
      throw new Error(`model for ${task} has classes [${got.join(', ')}]`);
    }
  }
  return models;
}
