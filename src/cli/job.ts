// One unit of batch work: read (size-checked), decode, parse, analyse and render a file or a
// JSONL line. The same function runs in-process (--jobs 1) and inside each worker thread, so
// both give byte-identical output.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/index.js';
import type { ReportOptions } from '../report/index.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderText } from '../report/index.js';
import {
  decodeTranscript,
  detectFormat,
  parseTranscripts,
  type ParseOptions,
  type Transcript,
  type TranscriptFormat,
} from '../transcript/index.js';
import { exitCodeOf, formatError, InputError, ioErrorFrom, toCliError } from './errors.js';
import { checkFileSize } from './limits.js';
import { roleNotice, summaryRow, type SummaryRow } from './summary.js';

/** Report formats the CLI writes. */
export type OutputFormat = 'text' | 'json' | 'md' | 'html' | 'csv' | 'jsonl';

/** Everything a job needs besides its input; cloned once into each worker. */
export interface JobSettings {
  format: OutputFormat;
  /** Speaker names and CSV columns from the flags. */
  parse: Pick<ParseOptions, 'therapist' | 'client' | 'csv'>;
  inputFormat?: TranscriptFormat;
  topMoments?: number;
  color: boolean;
  /** Several transcripts: render for the batch outputs (rows, jsonl, csv rows). */
  batch: boolean;
  /** Batch with --out DIR: render each transcript's full report for its own file. */
  perFile: boolean;
  debug: boolean;
}

/** A file to read, or bytes already read (stdin, one JSONL line at `line`). */
export type Job =
  | { kind: 'file'; path: string; name: string }
  | { kind: 'bytes'; bytes: Uint8Array; name: string; line?: number; format?: TranscriptFormat };

/** One analysed transcript: its summary row, rendered output and role notice. */
export interface JobItem {
  name: string;
  row: SummaryRow;
  rendered: string;
  /** `rendered` as UTF-8, set (and `rendered` left empty) when it crossed from a worker. */
  encoded?: Uint8Array;
  /** How roles were guessed, if they were (printed as `name: notice`). */
  notice?: string;
}

/** What a job gives back; `error` is already the one line to print. */
export interface JobResult {
  items: JobItem[];
  /** True when the input held several transcripts, so it must be shown as a batch. */
  batch: boolean;
  error?: { message: string; exitCode: number };
}

/** Run one job; never rejects (errors come back as one formatted line). */
export function processJob(job: Job, settings: JobSettings): Promise<JobResult> {
  return Promise.resolve(runJob(job, settings));
}

/** `processJob` without the promise, for workers that run a batch in one go. */
export function runJob(job: Job, settings: JobSettings): JobResult {
  const line = job.kind === 'bytes' ? job.line : undefined;
  try {
    const bytes = job.kind === 'file' ? readChecked(job.path, job.name) : job.bytes;
    const text = decodeTranscript(bytes, job.name);
    const explicit = job.kind === 'bytes' ? job.format : undefined;
    const format = explicit ?? settings.inputFormat ?? detectFormat(job.name, text);
    const source = line === undefined ? job.name : `${job.name}:${line}`;
    const transcripts = parseTranscripts(text, { ...settings.parse, source, format });
    if (transcripts.length === 0)
      throw new InputError('empty', 'no transcript in this input', source);
    const batch = settings.batch || transcripts.length > 1;
    const items = transcripts.map((t) => analyseOne(t, source, settings, batch));
    return { items, batch };
  } catch (error) {
    const cliError = toCliError(error, job.name, line);
    return {
      items: [],
      batch: settings.batch,
      error: { message: formatError(cliError, settings.debug), exitCode: exitCodeOf(cliError) },
    };
  }
}

/** Synchronous on purpose: the thread has nothing else to do meanwhile, and a thread-pool
 * round trip per file cost more than the read itself in batches of small files. */
function readChecked(path: string, name: string): Uint8Array {
  let size: number;
  try {
    // Stat first: a 1 GB file is refused without reading a byte of it.
    size = statSync(path).size;
  } catch (error) {
    throw ioErrorFrom(error, name);
  }
  checkFileSize(size, name);
  try {
    return readFileSync(path);
  } catch (error) {
    throw ioErrorFrom(error, name);
  }
}

function analyseOne(
  transcript: Transcript,
  fallbackName: string,
  settings: JobSettings,
  batch: boolean,
): JobItem {
  const options: ReportOptions = {};
  if (settings.topMoments !== undefined) options.topMoments = settings.topMoments;
  const report = analyze(transcript, options);
  const source = transcript.source ?? fallbackName;
  // Several transcripts in one file (CSV, JSON with ids) are told apart by their id.
  const name = transcript.id === undefined ? source : `${source}#${transcript.id}`;
  const item: JobItem = {
    name,
    row: summaryRow(name, report, transcript),
    rendered: render(report, settings, batch),
  };
  const notice = roleNotice(transcript);
  if (notice !== undefined) item.notice = notice;
  return item;
}

function render(report: Parameters<typeof renderJson>[0], s: JobSettings, batch: boolean): string {
  switch (s.format) {
    case 'text':
      // In a batch the summary table stands in for the text report unless files are wanted.
      if (batch && !s.perFile) return '';
      return renderText(report, { color: s.color && !s.perFile });
    case 'json':
      return renderJson(report, true);
    case 'jsonl':
      return renderJson(report, false);
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'csv':
      return renderCsv(report, { header: true });
  }
}
