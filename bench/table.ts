// Prints the bench rows as an aligned table on stdout.

/** One measured figure; absent fields print as blanks. */
export interface Row {
  figure: string;
  mbPerS?: number;
  uttPerS?: number;
  ratio?: number;
  ms?: number;
  peakRssMb?: number;
}

const fmt = (v: number | undefined, digits: number): string =>
  v === undefined ? '' : v.toFixed(digits);

/** Print rows with columns: figure, MB/s, utterances/s, ratio to baseline, ms, peak RSS MB. */
export function printRows(rows: readonly Row[]): void {
  const table = [
    ['figure', 'MB/s', 'utt/s', 'ratio', 'ms', 'peak RSS MB'],
    ...rows.map((r) => [
      r.figure,
      fmt(r.mbPerS, 1),
      fmt(r.uttPerS, 0),
      fmt(r.ratio, 2),
      fmt(r.ms, 1),
      fmt(r.peakRssMb, 0),
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
  for (const row of table) {
    const line = row.map((cell, c) =>
      c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!),
    );
    process.stdout.write(line.join('  ') + '\n');
  }
}
