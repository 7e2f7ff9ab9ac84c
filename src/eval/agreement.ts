// Human agreement on AnnoMI: each annotator of a multiply-annotated utterance against the
// majority of the OTHER annotators, pooled over annotators and utterances. This is the
// practical ceiling for the engine's figures.
import { TASK_CLASSES, TASK_NAMES, type TaskName } from '../models/index.js';
import { type AnnomiLabels, type AnnomiSession, goldOf, taskLists } from './annomi-data.js';
import { type TaskMetrics, taskMetrics } from './metrics.js';

/** Agreement figures and how many utterances they rest on. */
export interface AgreementResult {
  /** Utterances labelled by two or more annotators. */
  utterances: number;
  /** Annotator-versus-others comparisons made. */
  comparisons: number;
  tasks: Record<TaskName, TaskMetrics>;
}

const field: Record<TaskName, keyof AnnomiLabels> = {
  therapistBehaviour: 'behaviour',
  questionType: 'questionType',
  reflectionType: 'reflectionType',
  clientTalkType: 'talkType',
};

/** Score every annotator against the majority of the others (ties: lowest annotator id). */
export function humanAgreement(sessions: readonly AnnomiSession[]): AgreementResult {
  const gold = taskLists();
  const given = taskLists();
  let utterances = 0;
  let comparisons = 0;
  for (const session of sessions) {
    for (const u of session.utterances) {
      if (u.votes.length < 2) continue;
      utterances++;
      for (const vote of u.votes) {
        comparisons++;
        const others = goldOf(u.votes.filter((v) => v !== vote));
        for (const task of TASK_NAMES) {
          const a = vote[field[task]];
          const g = others[field[task]];
          if (a === undefined || g === undefined) continue;
          gold[task].push(g);
          given[task].push(a);
        }
      }
    }
  }
  const tasks = Object.fromEntries(
    TASK_NAMES.map((t) => [t, taskMetrics(gold[t], given[t], TASK_CLASSES[t])]),
  ) as Record<TaskName, TaskMetrics>;
  return { utterances, comparisons, tasks };
}
