// Transcript text with its findings marked. Findings may overlap, so the text is cut at
// every span boundary and each piece is marked with all the findings that cover it.
import type { UtteranceAnalysis } from '../../engine/types.js';
import type { Finding } from '../../markers/types.js';
import { findingNames } from '../messages.js';
import { escapeHtml } from './escape.js';

const title = (covering: readonly Finding[]): string =>
  covering
    .map(
      (f) =>
        `${findingNames[f.code]} (${f.rule})${f.suggestion === undefined ? '' : `: try "${f.suggestion}"`}`,
    )
    .join('; ');

/** Escaped HTML of an utterance's text with <mark> around the words each finding points at. */
export function highlightHtml(u: Pick<UtteranceAnalysis, 'text' | 'findings'>): string {
  const { text } = u;
  const spans = u.findings.filter((f) => f.end > f.start && f.start < text.length);
  if (spans.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, f.start));
    cuts.add(Math.min(text.length, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    const piece = escapeHtml(text.slice(from, to));
    const covering = spans.filter((f) => f.start <= from && f.end >= to);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const classes = [...new Set(covering.map((f) => `f-${f.code}`))].join(' ');
    html += `<mark class="${classes}" title="${escapeHtml(title(covering))}">${piece}</mark>`;
  }
  return html;
}
