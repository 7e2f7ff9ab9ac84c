// `alliance analyze`: checks the flags, lists the inputs, then runs one transcript directly
// (its full report) or many as a batch (summary table or streamed reports).
import { availableParallelism } from 'node:os';
import type { TranscriptFormat } from '../transcript/types.js';
import type { BatchSource } from './batch.js';
import type { EmitOptions } from './emit.js';
import { UsageError } from './errors.js';
import { isJsonl, resolveInputs, STDIN_NAME } from './inputs.js';
import { useColor, type CliIo } from './io.js';
import type { Job, JobSettings, OutputFormat } from './job.js';
import { maxTranscriptBytes } from './limits.js';
import { isDirectoryTarget } from './output.js';
import { writeSingle } from './single.js';
import { openStdin } from './stdin.js';

/** Report formats accepted by --format. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  'text',
  'json',
  'md',
  'html',
  'csv',
  'jsonl',
];
/** Transcript formats accepted by --input-format. */
export const INPUT_FORMATS: readonly string[] = ['txt', 'vtt', 'srt', 'json', 'csv', 'jsonl'];

/** The analyze command's options as commander hands them over. */
export interface AnalyzeFlags {
  format: OutputFormat;
  out?: string;
  therapist: string[];
  client: string[];
  inputFormat?: string;
  textCol?: string;
  speakerCol?: string;
  roleCol?: string;
  startCol?: string;
  endCol?: string;
  transcriptCol?: string;
  color: boolean;
  jobs?: number;
  top?: number;
  quiet?: boolean;
}

/** Run `alliance analyze`; returns the exit code. */
export async function runAnalyze(paths: string[], flags: AnalyzeFlags, io: CliIo): Promise<number> {
  const inputs = await resolveInputs(paths, io.cwd);
  const inputFormat = flags.inputFormat;
  const hasStdin = inputs.some((i) => i.kind === 'stdin');
  const source: BatchSource = { inputs, maxBytes: maxTranscriptBytes };
  if (inputFormat !== undefined) source.inputFormat = inputFormat;
  if (hasStdin)
    source.stdin = await openStdin(io.stdin, inputFormat, maxTranscriptBytes, STDIN_NAME);
  const [first] = inputs;
  const single =
    inputs.length === 1 &&
    first !== undefined &&
    (first.kind === 'stdin'
      ? source.stdin?.kind === 'document'
      : !first.fromFolder && !isJsonl(first.name, inputFormat));
  const outDir = flags.out !== undefined && isDirectoryTarget(flags.out, io.cwd);
  const perFile = outDir && flags.format !== 'jsonl' && flags.format !== 'csv';
  if (!single && (flags.format === 'md' || flags.format === 'html') && !perFile) {
    throw new UsageError(`--format ${flags.format} with several transcripts needs --out FOLDER`);
  }
  const settings = jobSettings(flags, io, { batch: !single, perFile });
  // The engine and the batch machinery load only now: a bad path or flag fails without them.
  if (single && first !== undefined) {
    const [{ processJob }, { emitBatch }] = await Promise.all([
      import('./job.js'),
      import('./emit.js'),
    ]);
    const job: Job =
      first.kind === 'file'
        ? { kind: 'file', path: first.path, name: first.name }
        : {
            kind: 'bytes',
            bytes: source.stdin?.kind === 'document' ? source.stdin.bytes : new Uint8Array(0),
            name: first.name,
          };
    const result = await processJob(job, settings);
    if (!result.batch || result.error !== undefined) return writeSingle(result, flags, io, outDir);
    // One CSV holding several transcripts: show it as a batch.
    return emitBatch([result], emitOptions(flags, settings, perFile, 1), io);
  }
  // The engine loads in batch.ts, once this thread has a job of its own: after the workers
  // have been started, so that their start-up and its own overlap.
  const [{ emitBatch }, { runTasks, workerCount, inputBytes, BYTES_PER_THREAD }] =
    await Promise.all([import('./emit.js'), import('./batch.js')]);
  const cores = availableParallelism();
  const bytes = flags.jobs === undefined ? await inputBytes(source, cores * BYTES_PER_THREAD) : 0;
  const jobs = workerCount(flags.jobs, source, cores, bytes);
  const streams = inputs.some((i) => i.kind === 'stdin' || isJsonl(i.name, inputFormat));
  const total = streams ? undefined : inputs.length;
  const growAfter = streams && flags.jobs === undefined ? BYTES_PER_THREAD : undefined;
  return emitBatch(
    runTasks(source, settings, jobs, total, growAfter),
    emitOptions(flags, settings, perFile, total),
    io,
  );
}

function jobSettings(
  flags: AnalyzeFlags,
  io: CliIo,
  mode: { batch: boolean; perFile: boolean },
): JobSettings {
  const csv: NonNullable<JobSettings['parse']['csv']> = {};
  if (flags.textCol !== undefined) csv.text = flags.textCol;
  if (flags.speakerCol !== undefined) csv.speaker = flags.speakerCol;
  if (flags.roleCol !== undefined) csv.role = flags.roleCol;
  if (flags.startCol !== undefined) csv.start = flags.startCol;
  if (flags.endCol !== undefined) csv.end = flags.endCol;
  if (flags.transcriptCol !== undefined) csv.transcript = flags.transcriptCol;
  const settings: JobSettings = {
    format: flags.format,
    parse: { therapist: flags.therapist, client: flags.client, csv },
    // Colour is for a terminal reading stdout, never for files.
    color: flags.out === undefined && useColor(io, flags.color),
    batch: mode.batch,
    perFile: mode.perFile,
    debug: io.env.ALLIANCE_DEBUG === '1',
  };
  // jsonl names a stream of our JSON schema; each line is parsed as json.
  if (flags.inputFormat !== undefined) {
    settings.inputFormat = (
      flags.inputFormat === 'jsonl' ? 'json' : flags.inputFormat
    ) as TranscriptFormat;
  }
  if (flags.top !== undefined) settings.topMoments = flags.top;
  return settings;
}

function emitOptions(
  flags: AnalyzeFlags,
  settings: JobSettings,
  perFile: boolean,
  total: number | undefined,
) {
  const options: EmitOptions = {
    format: flags.format,
    perFile,
    color: settings.color,
    quiet: flags.quiet === true,
  };
  if (flags.out !== undefined) options.out = flags.out;
  if (total !== undefined) options.total = total;
  return options;
}
