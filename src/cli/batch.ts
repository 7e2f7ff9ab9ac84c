// Batch mode: many transcripts in, one stream of results out, in input order. Inputs are
// produced lazily and at most a few jobs are in flight, so a 1 GB JSONL stream runs in
// flat memory; workers do the analysis, this thread only reads, orders and writes.
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { exitCodeOf, formatError, ioErrorFrom, InputError, EXIT_BAD_INPUT } from './errors.js';
import { isJsonl, type Input } from './inputs.js';
import { processJob, type Job, type JobResult, type JobSettings } from './job.js';
import { splitLines } from './lines.js';
import { orderedMap, WorkerPool } from './pool.js';
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

/** Worker count: --jobs, else every core, never more than there are files to read. */
export function workerCount(requested: number | undefined, source: BatchSource): number {
  const cores = requested ?? availableParallelism();
  const streams = source.inputs.some(
    (i) => i.kind === 'stdin' || isJsonl(i.name, source.inputFormat),
  );
  return streams ? cores : Math.max(1, Math.min(cores, source.inputs.length));
}

/** Run every task (in-process for one job, else on a worker pool), yielding results in order. */
export async function* runTasks(
  source: BatchSource,
  settings: JobSettings,
  jobs: number,
): AsyncGenerator<JobResult> {
  const pool = jobs > 1 ? new WorkerPool(jobs, settings) : undefined;
  const exec = (task: Task): Promise<JobResult> => {
    if (task.kind === 'failed') return Promise.resolve(task.result);
    return pool === undefined ? processJob(task, settings) : pool.run(task);
  };
  try {
    // Two jobs per worker keep every worker busy while the next input is read.
    yield* orderedMap(tasks(source, settings.batch), Math.max(1, jobs * 2), exec);
  } finally {
    await pool?.close();
  }
}

/** Combine exit codes over a batch: a bug (1) outranks bad input (2), which outranks 0. */
export function worseExit(current: number, next: number): number {
  const rank = (c: number): number => (c === 0 ? 0 : c === EXIT_BAD_INPUT ? 1 : 2);
  return rank(next) > rank(current) ? next : current;
}
