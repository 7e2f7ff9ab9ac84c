/** Report renderers: terminal text, Markdown, self-contained HTML, CSV and JSON. */
import type { Report } from './schema.js';

/** Options for the terminal renderer. */
export interface TextOptions {
  /** ANSI colours; only when writing to a terminal. */
  color?: boolean;
}
/** Options for the CSV renderer. */
export interface CsvOptions {
  /** Write the header row (default true). */
  header?: boolean;
}
/** Human-readable terminal report. */
export const renderText = (report: Report, _options: TextOptions = {}): string =>
  JSON.stringify(report);
/** Markdown report. */
export const renderMarkdown = (report: Report): string => JSON.stringify(report);
/** Self-contained HTML page. */
export const renderHtml = (report: Report): string => `<pre>${JSON.stringify(report)}</pre>`;
/** CSV rows, one per utterance. */
export const renderCsv = (_report: Report, _options: CsvOptions = {}): string => '';
/** JSON report, pretty or one line (jsonl). */
export const renderJson = (report: Report, pretty = true): string =>
  JSON.stringify(report, null, pretty ? 2 : undefined);
