// The batch summary table, made to fit an 80-column terminal: short headers explained in a
// key under the table, one space between the number columns, and names that do not fit
// shortened from the left (the file name at the end is what tells rows apart). Rows are
// capped so a million-transcript batch keeps a bounded table; the totals count every one.
import type { SummaryRow } from './summary.js';

/** Rows kept for the table; the rest are counted only. */
export const TABLE_ROW_CAP = 1000;

/** Width the table is made to fit. */
export const TABLE_WIDTH = 80;

const HEADERS = [
  'turns',
  'we',
  'R:Q',
  'open%',
  'cplx%',
  'abs',
  'team',
  'learn',
  'conf',
  'alerts',
] as const;

const KEY = [
  'we, abs: we-words and absolutist words per 100 words; R:Q: reflections per',
  'question; open%, cplx%: open questions, complex reflections; team, learn,',
  'conf: strategy scores (0-100); ! marks a crisis alert.',
];

const NAME = 'transcript';
// Shortest a name column gets, whatever the numbers need (the table may then pass 80).
const MIN_NAME = 16;

/** Collects rows (up to the cap) and totals for the end of a batch. */
export class SummaryTable {
  readonly rows: SummaryRow[] = [];
  analysed = 0;
  failed = 0;
  crisis = 0;

  /** Count a transcript and keep its row while under the cap. */
  add(row: SummaryRow): void {
    this.analysed++;
    if (row.crisis) this.crisis++;
    if (this.rows.length < TABLE_ROW_CAP) this.rows.push(row);
  }

  /** Render as aligned text; crisis rows are marked (and red with colour). */
  render(color: boolean): string {
    const cells = this.rows.map(rowCells);
    const widths = HEADERS.map((h, i) =>
      Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)),
    );
    const numbers = widths.reduce((sum, w) => sum + w + 1, 0);
    const longest = Math.max(NAME.length, ...this.rows.map((r) => r.name.length));
    const nameWidth = Math.min(longest, Math.max(MIN_NAME, TABLE_WIDTH - 1 - numbers));
    const line = (name: string, values: readonly string[]): string =>
      [fit(name, nameWidth), ...values.map((v, i) => v.padStart(widths[i] ?? 0))]
        .join(' ')
        .trimEnd();
    const out = [line(NAME, HEADERS)];
    cells.forEach((c, i) => {
      const row = this.rows[i];
      const text = line(row?.name ?? '', c);
      out.push(color && row?.crisis === true ? `\u001b[31m${text}\u001b[39m` : text);
    });
    const hidden = this.analysed - this.rows.length;
    if (hidden > 0) out.push(`... ${hidden} more (use --format csv or jsonl for every row)`);
    out.push('', ...KEY, '', this.totals());
    return `${out.join('\n')}\n`;
  }

  /** "12 transcripts analysed, 1 failed, 2 with a crisis alert". */
  totals(): string {
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [`${plural(this.analysed, 'transcript')} analysed`];
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    if (this.crisis > 0) parts.push(`${this.crisis} with a CRISIS alert (marked !)`);
    return parts.join(', ');
  }
}

/** Pad to `width`, or keep the end of the name behind an ellipsis when it is longer. */
function fit(name: string, width: number): string {
  if (name.length <= width) return name.padEnd(width);
  return `…${name.slice(name.length - width + 1)}`;
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '-' : value.toFixed(digits);
}

function rowCells(row: SummaryRow): string[] {
  return [
    String(row.turns),
    fixed(row.weTalk, 1),
    fixed(row.reflectionToQuestion, 2),
    fixed(row.percentOpen, 0),
    fixed(row.percentComplex, 0),
    fixed(row.absolutist, 1),
    fixed(row.team, 0),
    fixed(row.learning, 0),
    fixed(row.confidence, 0),
    row.crisis ? `${row.alerts} !` : String(row.alerts),
  ];
}
