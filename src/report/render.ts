/** Report renderers: terminal text, Markdown, self-contained HTML, CSV and JSON. */
import type { Report } from './schema.js';

export { renderText, type TextOptions } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderHtml } from './render/html.js';
export { renderCsv, type CsvOptions } from './render/csv.js';

/** JSON report, pretty (two-space indent) or on one line for JSON Lines. */
export const renderJson = (report: Report, pretty = true): string =>
  JSON.stringify(report, null, pretty ? 2 : undefined);
