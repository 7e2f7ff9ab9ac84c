// CSV, one row per utterance, RFC 4180 quoting. Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading apostrophe: a
// transcript is untrusted text and researchers open these files in spreadsheets.
import type { Report } from '../schema.js';

/** Options for the CSV renderer. */
export interface CsvOptions {
  /** Write the header row (default true). */
  header?: boolean;
}

/** Column names, in order. */
export const csvColumns = [
  'index',
  'speaker',
  'role',
  'start',
  'end',
  'words',
  'behaviour',
  'questionType',
  'reflectionType',
  'talkType',
  'findings',
  'rules',
  'text',
] as const;

/** One CSV cell: formula guard, then quoting when the cell holds a quote, comma or line break. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** CSV rows, one per utterance, with a header row unless `header` is false. */
export function renderCsv(report: Report, options: CsvOptions = {}): string {
  const lines: string[] = [];
  if (options.header !== false) lines.push(csvColumns.join(','));
  for (const u of report.utterances) {
    const l = u.labels;
    const row = [
      u.index,
      u.speaker,
      u.role,
      u.start,
      u.end,
      u.counts.words,
      l.behaviour,
      l.questionType,
      l.reflectionType,
      l.talkType,
      u.findings.map((f) => f.code).join(';'),
      u.findings.map((f) => f.rule).join(';'),
      u.text,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}
