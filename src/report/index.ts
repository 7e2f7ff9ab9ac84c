/** Session report: counts, MITI summary, strategy scores, alerts, moments, and renderers. */
export { buildReport, type ReportOptions } from './build.js';
export {
  SCHEMA_VERSION,
  reportSchema,
  reportJsonSchema,
  type Report,
  type Alert,
  type AlertCode,
  type Driver,
  type DriverCode,
  type Level,
  type MitiMetric,
  type Moment,
  type Rate,
  type RelianceWatch,
  type SpeakerSummary,
  type TherapistSummary,
  type ClientSummary,
} from './schema.js';
export { mitiThresholds, alertThresholds } from './thresholds.js';
export { targets as strategyTargets } from './strategies.js';
export {
  renderText,
  renderMarkdown,
  renderHtml,
  renderCsv,
  renderJson,
  type TextOptions,
  type CsvOptions,
} from './render.js';
