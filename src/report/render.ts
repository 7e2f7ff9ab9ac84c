/** Report renderers (placeholders until the report module lands). */
import type { Report } from './index.js';

/** Options for the terminal renderer. */
export interface TextOptions {
  color?: boolean;
}
/** Human-readable terminal report. */
export const renderText = (report: Report, _options: TextOptions = {}): string =>
  JSON.stringify(report);
/** Markdown report. */
export const renderMarkdown = (report: Report): string => JSON.stringify(report);
/** Self-contained HTML page. */
export const renderHtml = (report: Report): string => `<pre>${JSON.stringify(report)}</pre>`;
/** CSV rows, one per utterance, with a header row. */
export const renderCsv = (_report: Report, _options: { header?: boolean } = {}): string => '';
/** JSON report, pretty or one line (jsonl). */
export const renderJson = (report: Report, pretty = true): string =>
  JSON.stringify(report, null, pretty ? 2 : undefined);
