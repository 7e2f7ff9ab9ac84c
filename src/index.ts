/** Public API of the Alliance engine. Pure: no Node APIs, usable in the browser. */
export { analyze, Engine } from './engine/index.js';
export type { UtteranceAnalysis } from './engine/index.js';
export type { Report, ReportJson, ReportOptions } from './report/index.js';
export type { Transcript, Utterance, Role, RoleAssignment } from './transcript/types.js';
export type { Finding, FindingCode, Labels, UtteranceCounts } from './markers/types.js';
export {
  parseTranscript,
  parseTranscripts,
  decodeTranscript,
  TranscriptParseError,
  type ParseOptions,
  type ParseErrorCode,
} from './transcript/index.js';
export {
  SCHEMA_VERSION,
  renderText,
  renderMarkdown,
  renderHtml,
  renderCsv,
  renderJson,
  toJson,
  fromJson,
} from './report/index.js';
