// The batch summary table. Rows are capped so a million-transcript batch keeps a bounded
// table; the totals still count every transcript.
import type { SummaryRow } from './summary.js';

/** Rows kept for the table; the rest are counted only. */
export const TABLE_ROW_CAP = 1000;

const HEADERS = [
  'transcript',
  'turns',
  'we/100w',
  'R:Q',
  '%open',
  '%complex',
  'abs/100w',
  'team',
  'learn',
  'conf',
  'alerts',
] as const;

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
    const line = (values: readonly string[]): string =>
      values
        .map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    const out = [line(HEADERS)];
    cells.forEach((c, i) => {
      const text = line(c);
      out.push(color && this.rows[i]?.crisis === true ? `\u001b[31m${text}\u001b[39m` : text);
    });
    const hidden = this.analysed - this.rows.length;
    if (hidden > 0) out.push(`... ${hidden} more (use --format csv or jsonl for every row)`);
    out.push('', this.totals());
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

function fixed(value: number | null, digits: number): string {
  return value === null ? '-' : value.toFixed(digits);
}

function rowCells(row: SummaryRow): string[] {
  return [
    row.name,
    String(row.turns),
    fixed(row.weTalk, 2),
    fixed(row.reflectionToQuestion, 2),
    fixed(row.percentOpen, 0),
    fixed(row.percentComplex, 0),
    fixed(row.absolutist, 2),
    fixed(row.team, 0),
    fixed(row.learning, 0),
    fixed(row.confidence, 0),
    row.crisis ? `${row.alerts} !crisis` : String(row.alerts),
  ];
}
