// Crisis evaluation against a labelled CSV. Runs the real engine, one client utterance per
// row, so the figures describe what a clinician would see. A row counts as flagged when any
// crisis finding is raised, negated or not: the alert is what matters for safety.
import { readCsvRecords } from './csv.js';
import { Engine } from '../engine/index.js';
import type { CrisisKind } from '../markers/types.js';
import { EvalInputError } from './errors.js';

/** Options for the crisis evaluation: which columns hold text, label and id. */
export interface CrisisEvalOptions {
  /** Text column; `a+b` joins several columns (e.g. `title+selftext`) when no column has that name. */
  text: string;
  label: string;
  /** Label values that mean "crisis". */
  positive: readonly string[];
  /** Id column; without it the 0-based data row number is the id. */
  id?: string;
  /** Keep only data rows whose 0-based number passes, e.g. even rows to develop on, odd to test. */
  rows?: (rowNumber: number) => boolean;
}

/** A row shown in the result: its id and the first 80 characters on one line. */
export type CrisisEvalRow = { id: string; excerpt: string };

/** Recall, precision and the rows behind the errors. */
export type CrisisEvalResult = {
  kind: 'crisis';
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  recall: number;
  precision: number;
  f1: number;
  /** Share of negative rows flagged. */
  falseAlarmRate: number;
  /** Flagged rows whose every finding was negated. */
  negatedOnly: number;
  /** Flagged rows per kind of finding (a row may count under several kinds). */
  flaggedByKind: Partial<Record<CrisisKind, number>>;
  missed: CrisisEvalRow[];
  falseAlarms: CrisisEvalRow[];
};

const EXCERPT = 80;

function excerpt(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, EXCERPT);
}

function columnReader(
  header: readonly string[],
  spec: string,
): (row: Record<string, string>) => string {
  if (header.includes(spec)) return (row) => row[spec] ?? '';
  const parts = spec.split('+');
  const missing = parts.find((p) => !header.includes(p));
  if (parts.length < 2 || missing !== undefined)
    throw new EvalInputError('missing_column', missing ?? spec);
  return (row) => parts.map((p) => row[p] ?? '').join('\n');
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Evaluate crisis detection against a labelled CSV (pure: takes the CSV text). */
export function evalCrisis(csv: string, options: CrisisEvalOptions): CrisisEvalResult {
  const records: Record<string, string>[] = readCsvRecords(csv);
  const first = records[0];
  if (first === undefined) throw new EvalInputError('empty_input', 'no data rows');
  const header = Object.keys(first);
  const textOf = columnReader(header, options.text);
  for (const col of [options.label, options.id]) {
    if (col !== undefined && !header.includes(col)) throw new EvalInputError('missing_column', col);
  }
  const positive = new Set(options.positive.map((v) => v.trim()));
  const engine = new Engine();
  const r: CrisisEvalResult = {
    kind: 'crisis',
    n: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    recall: 0,
    precision: 0,
    f1: 0,
    falseAlarmRate: 0,
    negatedOnly: 0,
    flaggedByKind: {},
    missed: [],
    falseAlarms: [],
  };
  records.forEach((row, rowNumber) => {
    if (options.rows !== undefined && !options.rows(rowNumber)) return;
    const text = textOf(row);
    const gold = positive.has((row[options.label] ?? '').trim());
    const [result] = engine.analyzeUtterances({
      utterances: [{ index: 0, role: 'client', speaker: 'client', text }],
    });
    const crisis = (result?.findings ?? []).filter((f) => f.code === 'crisis');
    const flagged = crisis.length > 0;
    if (flagged && crisis.every((f) => f.negated)) r.negatedOnly++;
    for (const kind of new Set(crisis.map((f) => f.kind))) {
      r.flaggedByKind[kind] = (r.flaggedByKind[kind] ?? 0) + 1;
    }
    const ref = (): CrisisEvalRow => ({
      id: options.id === undefined ? String(rowNumber) : (row[options.id] ?? ''),
      excerpt: excerpt(text),
    });
    r.n++;
    if (gold && flagged) r.tp++;
    else if (!gold && !flagged) r.tn++;
    else if (gold) {
      r.fn++;
      r.missed.push(ref());
    } else {
      r.fp++;
      r.falseAlarms.push(ref());
    }
  });
  r.recall = ratio(r.tp, r.tp + r.fn);
  r.precision = ratio(r.tp, r.tp + r.fp);
  r.f1 = ratio(2 * r.precision * r.recall, r.precision + r.recall);
  r.falseAlarmRate = ratio(r.fp, r.fp + r.tn);
  return r;
}
