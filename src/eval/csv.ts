// Evaluation files are read the same way everywhere: header row, BOM tolerated, blank lines
// and ragged rows accepted (public datasets have both).
import { parse } from 'csv-parse/sync';

/** Parse CSV text into records keyed by header. */
export function readCsvRecords(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
}
