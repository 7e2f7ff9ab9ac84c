/** Session report: counts, MITI summary, strategy scores, alerts, moments, and renderers. */
export { buildReport, type ReportOptions } from './build.js';
export { SCHEMA_VERSION } from './version.js';
// Types only: the zod schema itself (reportSchema, reportJsonSchema) is imported from
// './schema.js' by tests and tools, because loading zod costs ~100 ms of every CLI start.
export type {
  Report,
  ReportJson,
  Alert,
  AlertCode,
  Driver,
  DriverCode,
  Level,
  MitiMetric,
  Moment,
  Rate,
  RelianceWatch,
  SpeakerSummary,
  TherapistSummary,
  ClientSummary,
} from './schema.js';
export { mitiThresholds, alertThresholds } from './thresholds.js';
export { targets as strategyTargets } from './strategies.js';
export {
  renderText,
  renderMarkdown,
  renderHtml,
  renderCsv,
  renderJson,
  toJson,
  fromJson,
  type TextOptions,
  type CsvOptions,
} from './render.js';
