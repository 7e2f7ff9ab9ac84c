// Prints the bench rows as an aligned table on stdout.

/** One measured figure; absent fields print as blanks. */
export interface Row {
  figure: string;
  mbPerS?: number;
  uttPerS?: number;
  ratio?: number;
  ms?: number;
  peakRssMb?: number;
  /** Microseconds a model adds per utterance of the corpus. */
  usPerUtt?: number;
  /** Share of the full analysis's time that a model takes. */
  share?: number;
  /** Memory of a model's weights, KB. */
  weightsKb?: number;
}

const fmt = (v: number | undefined, digits: number): string =>
  v === undefined ? '' : v.toFixed(digits);

const columns: { head: string; cell: (r: Row) => string }[] = [
  { head: 'MB/s', cell: (r) => fmt(r.mbPerS, 1) },
  { head: 'utt/s', cell: (r) => fmt(r.uttPerS, 0) },
  { head: 'ratio', cell: (r) => fmt(r.ratio, 2) },
  { head: 'ms', cell: (r) => fmt(r.ms, 1) },
  { head: 'peak RSS MB', cell: (r) => fmt(r.peakRssMb, 0) },
  { head: 'us/utt', cell: (r) => fmt(r.usPerUtt, 2) },
  { head: 'share', cell: (r) => (r.share === undefined ? '' : `${(r.share * 100).toFixed(0)}%`) },
  { head: 'weights KB', cell: (r) => fmt(r.weightsKb, 0) },
];

/** Print rows as an aligned table, with only the columns that some row fills. */
export function printRows(rows: readonly Row[]): void {
  const used = columns.filter((c) => rows.some((r) => c.cell(r) !== ''));
  const table = [
    ['figure', ...used.map((c) => c.head)],
    ...rows.map((r) => [r.figure, ...used.map((c) => c.cell(r))]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
  for (const row of table) {
    const line = row.map((cell, c) =>
      c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!),
    );
    process.stdout.write(line.join('  ') + '\n');
  }
}
