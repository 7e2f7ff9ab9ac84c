// Batch mode: many transcripts in, one stream of results out, in input order. Inputs are
// produced lazily and at most a few batches of jobs are in flight, so a 1 GB JSONL stream runs
// in flat memory. With N jobs, N-1 workers and this thread analyse; this thread also reads,
// orders and writes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { exitCodeOf, formatError, ioErrorFrom, InputError, EXIT_BAD_INPUT } from './errors.js';
import { isJsonl, type Input } from './inputs.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { splitLines } from './lines.js';
import { chunked, orderedMap, type ChunkLimits } from './ordered.js';
import { WorkerPool } from './pool.js';
import type { StdinInput } from './stdin.js';

/** A job, or an input that already failed before any job could run (e.g. a line too long). */
export type Task = Job | { kind: 'failed'; result: JobResult };

/** Where the batch's inputs come from. */
export interface BatchSource {
  inputs: readonly Input[];
  stdin?: StdinInput;
  inputFormat?: string;
  maxBytes: number;
}

/** Every input as a lazy stream of tasks, in input order. */
export async function* tasks(source: BatchSource, batch: boolean): AsyncGenerator<Task> {
  for (const input of source.inputs) {
    if (input.kind === 'stdin') {
      const stdin = source.stdin;
      if (stdin === undefined) continue;
      if (stdin.kind === 'document') yield { kind: 'bytes', bytes: stdin.bytes, name: input.name };
      else yield* lineTasks(stdin.chunks, input.name, source.maxBytes, batch);
    } else if (isJsonl(input.name, source.inputFormat)) {
      yield* lineTasks(createReadStream(input.path), input.name, source.maxBytes, batch);
    } else {
      yield { kind: 'file', path: input.path, name: input.name };
    }
  }
}

async function* lineTasks(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  maxBytes: number,
  batch: boolean,
): AsyncGenerator<Task> {
  try {
    for await (const line of splitLines(chunks, maxBytes)) {
      if (!line.tooLong) {
        yield { kind: 'bytes', bytes: line.bytes, name, line: line.line, format: 'json' };
        continue;
      }
      const error = new InputError(
        'too_large',
        'line is longer than the limit for one transcript',
        name,
        line.line,
      );
      yield failed(error, batch);
    }
  } catch (error) {
    // Opening or reading the stream failed (permission, vanished file): one line, move on.
    yield failed(ioErrorFrom(error, name), batch);
  }
}

function failed(error: unknown, batch: boolean): Task {
  return {
    kind: 'failed',
    result: {
      items: [],
      batch,
      error: { message: formatError(error), exitCode: exitCodeOf(error) },
    },
  };
}

/**
 * Input bytes that pay for one more analysing thread. Measured on 2 shared cores: a worker
 * costs ~0.3 s of CPU to start and ~1 s more (on its own thread and V8's compiler threads)
 * until its code is optimised, about what 3.5 MB of transcripts take once warm; so each
 * extra thread needs well more than that to do. On 3.6 MB a second thread was slower.
 */
export const BYTES_PER_THREAD = 8_000_000;

/** True when an input is read as a stream of transcripts (its length unknown up front). */
function streams(source: BatchSource): boolean {
  return source.inputs.some((i) => i.kind === 'stdin' || isJsonl(i.name, source.inputFormat));
}

/**
 * Analysing threads (this one included): --jobs (never more than there are files), else one
 * per BYTES_PER_THREAD of input up to the cores; a stream's length is unknown, so it may use
 * every core (its workers start once it is long enough: see runTasks).
 */
export function workerCount(
  requested: number | undefined,
  source: BatchSource,
  cores: number = availableParallelism(),
  bytes = 0,
): number {
  if (streams(source)) return requested ?? cores;
  const files = source.inputs.length;
  const wanted = requested ?? Math.min(cores, Math.ceil(bytes / BYTES_PER_THREAD));
  return Math.max(1, Math.min(wanted, files));
}

/** Total size of the files, counted only up to `enough` (a huge folder is not stat-ed through). */
export async function inputBytes(source: BatchSource, enough: number): Promise<number> {
  if (streams(source)) return 0;
  let total = 0;
  for (const input of source.inputs) {
    if (total >= enough) break;
    // A file that cannot be stat-ed fails later, in its own job, with its own message.
    if (input.kind === 'file')
      total += await stat(input.path).then(
        (s) => s.size,
        () => 0,
      );
  }
  return total;
}

/**
 * Jobs per message to a worker: enough to make the round trip negligible, few enough that
 * every worker gets several batches (the last one does not leave the others idle) and that a
 * stream's batches stay small in memory.
 */
export function chunkLimits(jobs: number, total: number | undefined): ChunkLimits {
  // ~16 batches per thread: the last batches, still running while the other threads are done,
  // are short (a thread still warming up takes ~15 ms a file, ~2 ms once warm).
  const perWorker = total === undefined ? 32 : Math.ceil(total / (jobs * 16));
  return { items: Math.max(1, Math.min(32, perWorker)), weight: 256 * 1024 };
}

/**
 * Run every task (in-process for one job, else also on jobs-1 workers), yielding results in
 * order. With `growAfter`, the workers start only once that many bytes have been read: a
 * stream's length is unknown, and a short one is done sooner by this thread alone.
 */
export async function* runTasks(
  source: BatchSource,
  settings: JobSettings,
  jobs: number,
  total?: number,
  growAfter?: number,
): AsyncGenerator<JobResult> {
  const all = tasks(source, settings.batch);
  if (jobs <= 1) {
    // Only this path needs the engine in this thread: with workers it stays unloaded here.
    const { processJob } = await import('./job.js');
    const exec = (task: Task): Promise<JobResult> =>
      task.kind === 'failed' ? Promise.resolve(task.result) : processJob(task, settings);
    yield* orderedMap(all, 2, exec);
    return;
  }
  const pool = new WorkerPool(
    growAfter === undefined ? jobs - 1 : 0,
    settings,
    runLocally(settings),
  );
  let read = 0;
  const weighAndGrow = (task: Task): number => {
    const bytes = weigh(task);
    if (growAfter !== undefined && read < growAfter && read + bytes >= growAfter)
      pool.grow(jobs - 1);
    read += bytes;
    return bytes;
  };
  try {
    const batches = chunked(all, chunkLimits(jobs, total), weighAndGrow);
    // Two batches per worker keep every worker busy while the next inputs are read.
    for await (const results of orderedMap(batches, jobs * 2, (b) => runBatch(pool, b))) {
      yield* results;
    }
  } finally {
    await pool.close();
  }
}

/** This thread's share: one job at a time, letting worker replies and writes through between. */
function runLocally(settings: JobSettings) {
  return async (jobs: readonly Job[]): Promise<JobResult[]> => {
    const { runJob } = await import('./job.js');
    const results: JobResult[] = [];
    for (const job of jobs) {
      results.push(runJob(job, settings));
      await nextTurn();
    }
    return results;
  };
}

function weigh(task: Task): number {
  return task.kind === 'bytes' ? task.bytes.byteLength : 0;
}

/** Send a batch's jobs to the pool; inputs that already failed keep their place. */
async function runBatch(pool: WorkerPool, batch: readonly Task[]): Promise<JobResult[]> {
  const jobs: Job[] = [];
  for (const task of batch) if (task.kind !== 'failed') jobs.push(task);
  const done = jobs.length === 0 ? [] : await pool.run(jobs);
  let next = 0;
  return batch.map((task) => (task.kind === 'failed' ? task.result : (done[next++] ?? lost())));
}

function lost(): never {
  throw new Error('worker returned fewer results than jobs');
}

/** Combine exit codes over a batch: a bug (1) outranks bad input (2), which outranks 0. */
export function worseExit(current: number, next: number): number {
  const rank = (c: number): number => (c === 0 ? 0 : c === EXIT_BAD_INPUT ? 1 : 2);
  return rank(next) > rank(current) ? next : current;
}
