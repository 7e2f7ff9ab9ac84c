/** Session report (placeholder until the report module lands). */
import type { UtteranceAnalysis } from '../engine/types.js';
import type { Transcript } from '../transcript/types.js';

/** Options for building a report. */
export interface ReportOptions {
  /** How many moments worth another look to list. */
  topMoments?: number;
}

/** The session report (placeholder shape). */
export interface Report {
  schemaVersion: string;
  utterances: UtteranceAnalysis[];
}

/** Build the report from per-utterance results. */
export function buildReport(
  _transcript: Transcript,
  utterances: UtteranceAnalysis[],
  _options: ReportOptions,
): Report {
  return { schemaVersion: '1.0.0', utterances };
}
export {
  renderText,
  renderMarkdown,
  renderHtml,
  renderCsv,
  renderJson,
  type TextOptions,
} from './render.js';
