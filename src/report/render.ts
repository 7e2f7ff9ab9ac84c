/** Report renderers: terminal text, Markdown, self-contained HTML, CSV and JSON. */
export { renderText, type TextOptions } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { renderHtml } from './render/html.js';
export { renderCsv, type CsvOptions } from './render/csv.js';
export { fromJson, renderJson, toJson } from './render/json.js';
