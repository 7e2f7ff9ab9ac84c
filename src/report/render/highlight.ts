// Transcript text with its findings marked. Findings may overlap, so the text is cut at
// every span boundary and each piece is marked with all the findings that cover it.
import type { UtteranceAnalysis } from '../../engine/types.js';
import type { Finding, FindingCode } from '../../markers/types.js';
import { findingNames } from '../messages.js';
import { escapeHtml } from './escape.js';

// As in the summary: a rewording on a therapist turn, a question to ask on a client turn.
const title = (covering: readonly Finding[], role: string | undefined): string =>
  covering
    .map(
      (f) =>
        `${findingNames[f.code]} (${f.rule})${f.suggestion === undefined ? '' : `: ${role === 'client' ? 'you could ask' : 'try'} "${f.suggestion}"`}`,
    )
    .join('; ');

/** How a highlight is coloured: worth keeping, worth another look, or a possible crisis. */
export type Tone = 'good' | 'look' | 'crisis';

/** The tone of each finding code; the page shows one colour per tone, with a legend. */
export const findingTones: Record<FindingCode, Tone> = {
  we_talk: 'good',
  credit: 'good',
  open_question: 'good',
  socratic_question: 'good',
  reflection: 'good',
  presupposed_change: 'good',
  confident: 'good',
  future_orientation: 'good',
  widening_support: 'good',
  change_talk: 'good',
  institutional_we: 'look',
  doing_to: 'look',
  closed_question: 'look',
  conditional_change: 'look',
  hedge: 'look',
  absolutist: 'look',
  distortion: 'look',
  sustain_talk: 'look',
  reliance: 'look',
  crisis: 'crisis',
};

// The strongest tone wins where findings overlap: a crisis must never look like praise.
function toneOf(covering: readonly Finding[]): Tone {
  let tone: Tone = 'good';
  for (const f of covering) {
    const t = findingTones[f.code];
    if (t === 'crisis') return t;
    if (t === 'look') tone = t;
  }
  return tone;
}

/** Escaped HTML of an utterance's text with <mark> around the words each finding points at. */
export function highlightHtml(
  u: Pick<UtteranceAnalysis, 'text' | 'findings'> & Partial<Pick<UtteranceAnalysis, 'role'>>,
): string {
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
    const codes = [...new Set(covering.map((f) => `f-${f.code}`))].join(' ');
    const classes = `t-${toneOf(covering)} ${codes}`;
    html += `<mark class="${classes}" title="${escapeHtml(title(covering, u.role))}">${piece}</mark>`;
  }
  return html;
}
