// The per-turn timeline as inline SVG: one bar per turn, therapist above the axis and
// client below, height by words, colour by behaviour or talk type, a dot for findings
// and a red marker for crisis. Drawn from numbers only, so nothing needs escaping but
// the tooltips.
import type { UtteranceAnalysis } from '../../engine/types.js';
import { plural } from '../messages.js';
import { escapeHtml } from './escape.js';
import { labelText } from './turn-meta.js';

/** Fill colours by behaviour / talk type; shared with the page legend. */
export const timelineColors = {
  question: '#2563eb',
  reflection: '#0891b2',
  therapist_input: '#9333ea',
  therapist: '#94a3b8',
  change: '#16a34a',
  sustain: '#d97706',
  neutral: '#cbd5e1',
  other: '#d4d4d8',
  crisis: '#dc2626',
  finding: '#334155',
} as const;

/** Colour of one turn's bar. */
export function barColor(u: UtteranceAnalysis): string {
  if (u.role === 'therapist') {
    const b = u.labels.behaviour;
    return b === 'question' || b === 'reflection' || b === 'therapist_input'
      ? timelineColors[b]
      : timelineColors.therapist;
  }
  if (u.role === 'client') return timelineColors[u.labels.talkType ?? 'neutral'];
  return timelineColors.other;
}

const WIDTH = 960;
const HALF = 60;

// Turn numbers under the chart, at round steps, so "Turn 26" in the alerts can be found
// by eye; about ten labels whatever the session length.
function turnTicks(n: number, step: number, y: number): string {
  const every = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((k) => n / k <= 12) ?? 2000;
  let out = '';
  for (let turn = every === 1 ? 1 : every; turn <= n; turn += every) {
    const x = ((turn - 1) * step + step * 0.4).toFixed(2);
    out += `<text x="${x}" y="${y}" font-size="11" text-anchor="middle" fill="#64748b">${turn}</text>`;
  }
  return out;
}

/** The timeline SVG for a list of turns. */
export function timelineSvg(utterances: readonly UtteranceAnalysis[]): string {
  const n = Math.max(1, utterances.length);
  // Wide bars for a short session look like a bar chart of something else; cap them.
  const step = Math.min(24, WIDTH / n);
  const bar = Math.max(0.5, step * 0.8);
  let maxWords = 1;
  for (const u of utterances) if (u.counts.words > maxWords) maxWords = u.counts.words;
  // 16 more pixels at the bottom for the turn numbers.
  const height = HALF * 2 + 36;
  const mid = HALF + 10;
  const parts: string[] = [
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Turn-by-turn timeline">`,
    `<line x1="0" y1="${mid}" x2="${WIDTH}" y2="${mid}" stroke="#64748b" stroke-width="0.5"/>`,
  ];
  utterances.forEach((u, i) => {
    // Square-root scale: one long monologue should not flatten every other bar.
    const h = Math.max(1, Math.sqrt(u.counts.words / maxWords) * HALF);
    const x = (i * step).toFixed(2);
    const up = u.role === 'therapist';
    const y = up ? mid - h : mid;
    const crisis = u.findings.some((f) => f.code === 'crisis') || u.counts.crisis > 0;
    const labels = labelText(u.labels);
    const found = u.findings.length === 0 ? '' : `, ${plural(u.findings.length, 'finding')}`;
    const tip = `Turn ${u.index + 1}, ${u.speaker} (${u.role}), ${plural(u.counts.words, 'word')}${labels === '' ? '' : `, ${labels}`}${found}${crisis ? ', POSSIBLE CRISIS' : ''}`;
    parts.push(
      `<a href="#u${u.index}"><g class="turn${crisis ? ' crisis' : ''}"><title>${escapeHtml(tip)}</title>`,
    );
    parts.push(
      `<rect x="${x}" y="${y.toFixed(2)}" width="${bar.toFixed(2)}" height="${h.toFixed(2)}" fill="${crisis ? timelineColors.crisis : barColor(u)}"${crisis ? ` stroke="${timelineColors.crisis}" stroke-width="1.5"` : ''}/>`,
    );
    if (crisis || u.findings.length > 0) {
      const cy = up ? mid - h - 5 : mid + h + 5;
      const r = crisis ? 4 : 2;
      const cx = (i * step + bar / 2).toFixed(2);
      parts.push(
        `<circle cx="${cx}" cy="${cy.toFixed(2)}" r="${r}" fill="${crisis ? timelineColors.crisis : timelineColors.finding}"/>`,
      );
    }
    parts.push('</g></a>');
  });
  parts.push(turnTicks(n, step, HALF * 2 + 32));
  parts.push('</svg>');
  return parts.join('');
}
