// One self-contained HTML page: inline CSS and SVG, no scripts, fonts or addresses, so
// it opens offline and can be mailed or archived as it is. Every transcript string is
// escaped; the page has a Content-Security-Policy that forbids scripts anyway.
import type { Report } from '../schema.js';
import type { Block, Line, Run } from './doc.js';
import { escapeHtml } from './escape.js';
import { highlightHtml } from './highlight.js';
import { summaryBlocks, turnNumber } from './summary.js';
import { clockTime, labelText } from './turn-meta.js';
import { timelineColors, timelineSvg } from './timeline.js';

const css = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1e293b}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #e2e8f0}
table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #e2e8f0;text-align:left}
td.r,th.r{text-align:right}
.s-critical{background:#dc2626;color:#fff;font-weight:bold;padding:0 .3em}
.s-warning,.s-fair{color:#b45309}.s-info{color:#0e7490}.s-good,.s-positive{color:#15803d}
.s-below{color:#b91c1c}.s-muted{color:#64748b}.s-strong{font-weight:bold}.s-quote{font-style:italic}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
.turn{margin:.3em 0;padding:.2em .5em;border-left:4px solid #cbd5e1}
.turn.therapist{border-color:#2563eb}.turn.client{border-color:#16a34a}.turn.crisis{border-color:#dc2626;background:#fef2f2}
.who{font-weight:bold}.meta{color:#64748b;font-size:.85em}
mark,i.t-look{background:#fef08a}mark.t-good,i.t-good{background:#bbf7d0}
mark.t-crisis,i.t-crisis{background:#fecaca;outline:1px solid #dc2626}
a{color:inherit}
`;

const styledHtml = (r: Run): string =>
  r.style === undefined
    ? escapeHtml(r.text)
    : `<span class="s-${r.style}">${escapeHtml(r.text)}</span>`;
const runHtml = (r: Run): string =>
  r.turn === undefined ? styledHtml(r) : `<a href="#u${r.turn}">${styledHtml(r)}</a>`;
const lineHtml = (l: Line): string => l.map(runHtml).join('');

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'para':
      return `<p>${lineHtml(b.line)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${lineHtml(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number): string => (b.align?.[i] === 'right' ? ' class="r"' : '');
      const head = b.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map(
        (r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${runHtml(c)}</td>`).join('')}</tr>`,
      );
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

const legendItems: [string, string][] = [
  ['Question', timelineColors.question],
  ['Reflection', timelineColors.reflection],
  ['Advice / information', timelineColors.therapist_input],
  ['Other therapist turn', timelineColors.therapist],
  ['Change talk', timelineColors.change],
  ['Sustain talk', timelineColors.sustain],
  ['Neutral', timelineColors.neutral],
  ['Crisis', timelineColors.crisis],
];

function transcriptHtml(report: Report): string {
  return report.utterances
    .map((u) => {
      const crisis = u.findings.some((f) => f.code === 'crisis');
      const labels = labelText(u.labels);
      const at = u.start === undefined ? '' : ` at ${clockTime(u.start)}`;
      const meta = `Turn ${turnNumber(u.index)}${at}${labels === '' ? '' : ` &middot; ${escapeHtml(labels)}`}`;
      return `<div class="turn ${u.role}${crisis ? ' crisis' : ''}" id="u${u.index}"><span class="who">${escapeHtml(u.speaker)}</span> <span class="meta">${meta}</span><br>${highlightHtml(u)}</div>`;
    })
    .join('\n');
}

/** The report as one self-contained HTML page with a timeline and the highlighted transcript. */
export function renderHtml(report: Report): string {
  const title = `Alliance session report${report.source === undefined ? '' : ` - ${report.source}`}`;
  const legend = legendItems
    .map(([name, color]) => `<span><i style="background:${color}"></i>${name}</span>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${summaryBlocks(report).map(blockHtml).join('\n')}
<h2>Timeline</h2>
<p class="s-muted">One bar per turn: therapist above the line, client below; height grows with the words spoken. Dots mark findings; red marks a possible crisis statement. Select a bar to jump to the turn.</p>
${timelineSvg(report.utterances)}
<p class="legend">${legend}</p>
<h2>Transcript</h2>
<p class="legend s-muted"><span><i class="t-good"></i>worth keeping</span><span><i class="t-look"></i>worth another look</span><span><i class="t-crisis"></i>possible crisis statement</span>Hover over a highlight for the finding and its rule id.</p>
${transcriptHtml(report)}
</body>
</html>
`;
}
