// CSV transcripts: one row per utterance, columns named by options or guessed (AnnoMI's
// work as they are). Rows are grouped by a transcript column and ordered by an order
// column; repeated (transcript, order) rows, as in AnnoMI's per-annotator file, count once.
import { CsvError, parse } from 'csv-parse/sync';
import { TranscriptParseError } from './errors.js';
import { roleOfLabel } from './labels.js';
import type { CsvColumns } from './options.js';
import { parseClock, timestampError } from './time.js';
import type { RawTurn } from './turns.js';

/** One transcript found in a CSV file. */
export interface CsvTranscript {
  /** Value of the transcript column ('' when there is none). */
  id: string;
  turns: RawTurn[];
}

type Field = keyof CsvColumns;

/** Column names tried, in order, when the user names none. */
export const CSV_DEFAULT_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  text: ['utterance_text', 'text', 'utterance', 'content', 'message'],
  speaker: ['speaker', 'speaker_name', 'name'],
  role: ['interlocutor', 'role', 'speaker_role'],
  start: ['timestamp', 'start', 'start_time', 'begin'],
  end: ['end', 'end_time', 'stop'],
  transcript: ['transcript_id', 'session_id', 'conversation_id'],
  order: ['utterance_id', 'turn_id', 'turn'],
};
const FIELDS = Object.keys(CSV_DEFAULT_COLUMNS) as Field[];

interface Row {
  turn: RawTurn;
  group: string;
  order: number;
}

/** Parse CSV text into one transcript per transcript id, in order of first appearance. */
export function parseCsv(text: string, columns: CsvColumns = {}): CsvTranscript[] {
  let index: Record<Field, number> | undefined;
  let previousEnd = 0;
  let previousEmpty = 0;
  const groups = new Map<string, Row[]>();
  const seen = new Set<string>();
  const strict = { start: columns.start !== undefined, end: columns.end !== undefined };
  try {
    parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      // Map each record as it is read so only the mapped rows stay in memory.
      on_record: (record: string[], info) => {
        const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
        previousEnd = info.lines;
        previousEmpty = info.empty_lines;
        if (index === undefined) {
          index = mapColumns(record, columns);
          return null;
        }
        const row = readRow(record, index, strict, line);
        if (row === undefined) return null;
        const key = index.order >= 0 ? `${row.group}\u0000${row.order}` : '';
        if (key !== '' && seen.has(key)) return null;
        if (key !== '') seen.add(key);
        let rows = groups.get(row.group);
        if (rows === undefined) groups.set(row.group, (rows = []));
        rows.push(row);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse's messages quote the input; keep its code and the line only.
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new TranscriptParseError('syntax', `invalid CSV (${error.code})`, line);
    }
    throw error;
  }
  if (index === undefined) throw new TranscriptParseError('empty', 'no rows found', 1);
  const out: CsvTranscript[] = [];
  for (const [id, rows] of groups) {
    if (index.order >= 0) rows.sort((a, b) => a.order - b.order);
    out.push({ id, turns: rows.map((r) => r.turn) });
  }
  if (out.length === 0) throw new TranscriptParseError('empty', 'no utterances found', 2);
  return out;
}

function mapColumns(header: readonly string[], wanted: CsvColumns): Record<Field, number> {
  const names = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const named = wanted[field];
    if (named !== undefined) {
      index[field] = names.indexOf(named.trim().toLowerCase());
      if (index[field] < 0) throw missingColumn(`no column '${named}' (${field})`, header);
    } else {
      index[field] = CSV_DEFAULT_COLUMNS[field].reduce(
        (found, name) => (found >= 0 ? found : names.indexOf(name)),
        -1,
      );
    }
  }
  if (index.text < 0) {
    throw missingColumn(
      `no text column (tried ${CSV_DEFAULT_COLUMNS.text.join(', ')}; name one with --text-col)`,
      header,
    );
  }
  return index;
}

function missingColumn(what: string, header: readonly string[]): TranscriptParseError {
  const shown = header.slice(0, 20).map((h) => (h.length > 40 ? `${h.slice(0, 40)}...` : h));
  return new TranscriptParseError('schema', `${what}; columns found: ${shown.join(', ')}`, 1);
}

function readRow(
  record: readonly string[],
  index: Record<Field, number>,
  strict: Strictness,
  line: number,
): Row | undefined {
  const get = (field: Field): string =>
    index[field] < 0 ? '' : (record[index[field]] ?? '').trim();
  const text = get('text');
  if (text.length === 0) return undefined;
  const roleValue = get('role');
  const role = roleValue === '' ? undefined : roleOfLabel(roleValue);
  const speaker = get('speaker') || roleValue || 'unknown';
  const turn: RawTurn = { speaker, text, line };
  const stated = role ?? roleOfLabel(speaker);
  if (stated !== undefined) turn.role = stated;
  const start = time(get('start'), line, strict.start);
  const end = time(get('end'), line, strict.end);
  if (start !== undefined) turn.start = start;
  if (end !== undefined) turn.end = end;
  if (start !== undefined && end !== undefined && end < start) {
    throw new TranscriptParseError('timestamp', 'row ends before it starts', line);
  }
  const order = index.order < 0 ? 0 : Number(get('order'));
  return { turn, group: get('transcript'), order: Number.isFinite(order) ? order : 0 };
}

/** Which time columns the user named: a broken time there is an error, elsewhere a gap. */
interface Strictness {
  start: boolean;
  end: boolean;
}

// AnnoMI itself has a malformed timestamp ('00:09:025'): a column we only guessed must not
// make a whole corpus unreadable, so there a broken time just leaves the row untimed.
function time(value: string, line: number, strict: boolean): number | undefined {
  if (value === '') return undefined;
  const seconds = parseClock(value, 0, value.length);
  if (seconds >= 0) return seconds;
  if (strict) throw timestampError(value, 0, value.length, line);
  return undefined;
}

/** Comma unless the header line has more tabs or semicolons. */
function sniffDelimiter(text: string): string {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text[i];
    if (c === '\n') break;
    if (c === ',' || c === '\t' || c === ';') counts[c]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}
