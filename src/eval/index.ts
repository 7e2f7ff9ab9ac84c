/** Evaluation against expert labels: AnnoMI utterance labels, crisis, distortions. */
import { renderAnnomiText } from './render.js';
import type { AnnomiEvalResult } from './annomi.js';
import type { CrisisEvalResult } from './crisis.js';
import type { DistortionEvalResult } from './distortions.js';
import { renderCrisisText, renderDistortionsText } from './render-other.js';

export type { ClassMetrics, TaskMetrics } from './metrics.js';
export { taskMetrics, aucMannWhitney, majorityVote } from './metrics.js';
export {
  evalAnnomi,
  type AnnomiEvalOptions,
  type AnnomiEvalResult,
  type SessionQualityResult,
} from './annomi.js';
export { parseAnnomi, type AnnomiSession, type AnnomiLabels } from './annomi-data.js';
export { humanAgreement, type AgreementResult } from './agreement.js';
export {
  captureFeatures,
  trainLabelModels,
  groupFolds,
  innerFolds,
  type TaskDatasets,
} from './fit.js';
export { mitiProxyScore } from './session-score.js';
export { EvalInputError, type EvalErrorCode } from './errors.js';
export { renderAnnomiText, renderTask } from './render.js';

export {
  evalCrisis,
  type CrisisEvalOptions,
  type CrisisEvalResult,
  type CrisisEvalRow,
} from './crisis.js';

export {
  evalDistortions,
  parseDistortionCsv,
  DistortionEvalError,
  type DistortionEvalOptions,
  type DistortionEvalResult,
} from './distortions.js';

/** Render any evaluation result as readable text. */
export function renderEvalText(result: Record<string, unknown> | AnnomiEvalResult): string {
  if (result.kind === 'annomi') return renderAnnomiText(result as AnnomiEvalResult);
  if (result.kind === 'crisis') return renderCrisisText(result as CrisisEvalResult);
  if ('task' in result && result.task === 'distortions')
    return renderDistortionsText(result as DistortionEvalResult);
  return JSON.stringify(result, null, 2);
}
