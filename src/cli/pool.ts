// Analysing threads for a batch: worker threads, each fed a batch of jobs per message (one
// engine per worker, one round trip per batch), and optionally this thread as one more.
// On two cores, a second worker cost a whole worker's start-up and warm-up while this thread
// sat idle; now `--jobs 2` is this thread plus one worker. Batches queue here only as far as
// the caller lets them (it bounds how many are in flight), so memory stays flat.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';
import { packageRoot } from './package.js';

/** What the pool posts to a worker: jobs to run in order. */
export interface BatchRequest {
  id: number;
  jobs: Job[];
}

/** What a worker posts back: one result per job, in the jobs' order. */
export interface BatchReply {
  id: number;
  results: JobResult[];
}

/** Runs a batch on this thread; must yield now and then so that workers are kept fed. */
export type LocalRunner = (jobs: readonly Job[]) => Promise<JobResult[]>;

interface Pending {
  request: BatchRequest;
  resolve: (results: JobResult[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A worker's young generation (V8's default lets it grow to ~48 MB). A batch's garbage dies
 * young either way; on a 100 MB JSONL stream with 2 jobs, 16 MB took peak RSS from 211-219
 * to 196-210 MB in alternating runs, with the same time (7.8-8.1 s).
 */
const WORKER_YOUNG_MB = 16;

let workerEntry: URL | undefined;

/** Start workers from this file (the bundle's loader sets it: workers load the bundle too). */
export function setWorkerEntry(url: URL): void {
  workerEntry = url;
}

/** The worker entry: the bundle's, else the tsc output beside this module or in dist. */
function workerUrl(): URL {
  if (workerEntry !== undefined) return workerEntry;
  const sibling = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('dist/src/cli/worker.js', packageRoot());
}

/** Runs batches on `threads` worker threads and, with `local`, on this thread too. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private localBusy = false;

  constructor(
    threads: number,
    private readonly settings: JobSettings,
    private readonly local?: LocalRunner,
  ) {
    this.grow(threads);
  }

  /** Start `threads` more workers (a stream starts them once it proves long enough). */
  grow(threads: number): void {
    const url = workerUrl();
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(url, {
        workerData: this.settings,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      worker.on('message', (reply: BatchReply) => {
        const pending = this.busy.get(worker);
        this.busy.delete(worker);
        this.idle.push(worker);
        if (pending?.request.id === reply.id) pending.resolve(reply.results);
        this.dispatch();
      });
      // A worker that dies takes its batch with it: that is our bug, not the user's input.
      worker.on('error', (error) => {
        const pending = this.busy.get(worker);
        this.busy.delete(worker);
        pending?.reject(error);
      });
      this.idle.push(worker);
    }
    this.dispatch();
  }

  /** Queue a batch; bytes jobs' buffers are moved to a worker instead of copied. */
  run(jobs: Job[]): Promise<JobResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, jobs }, resolve, reject });
      this.dispatch();
    });
  }

  // Workers first: this thread also reads inputs and writes reports, so it takes a batch
  // only when every worker already has one.
  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop();
      if (worker !== undefined) {
        const pending = this.queue.shift();
        if (pending === undefined) return;
        this.busy.set(worker, pending);
        worker.postMessage(pending.request, transferable(pending.request.jobs));
      } else if (this.local !== undefined && !this.localBusy) {
        const pending = this.queue.shift();
        if (pending === undefined) return;
        this.localBusy = true;
        this.local(pending.request.jobs).then(
          (results) => this.localDone(pending.resolve, results),
          (error: unknown) => this.localDone(() => pending.reject(error), []),
        );
      } else {
        return;
      }
    }
  }

  private localDone(settle: (results: JobResult[]) => void, results: JobResult[]): void {
    this.localBusy = false;
    settle(results);
    this.dispatch();
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}

/** A buffer is moved, not copied, only when the view owns all of it (not a pooled slab). */
export function transferable(jobs: readonly Job[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const job of jobs) {
    if (job.kind !== 'bytes') continue;
    const { buffer, byteOffset, byteLength } = job.bytes;
    const owned =
      buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
    // The same buffer twice in one transfer list is an error, so each is listed once.
    if (owned && !buffers.includes(buffer)) buffers.push(buffer);
  }
  return buffers;
}
