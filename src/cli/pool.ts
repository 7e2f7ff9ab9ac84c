// A fixed set of worker threads fed one job at a time each. Jobs queue here only as far as
// the caller lets them (the caller bounds how many are in flight), so memory stays flat.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, JobSettings } from './job.js';
import { packageRoot } from './package.js';

interface Pending {
  id: number;
  job: Job;
  resolve: (result: JobResult) => void;
  reject: (error: unknown) => void;
}

/** The compiled worker; from sources (tests) we fall back to the built copy in dist/. */
function workerUrl(): URL {
  const sibling = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('dist/src/cli/worker.js', packageRoot());
}

/** Runs jobs on `size` worker threads; `run` resolves with the job's result. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;

  constructor(size: number, settings: JobSettings) {
    const url = workerUrl();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: settings });
      worker.on('message', (message: { id: number; result: JobResult }) => {
        const pending = this.busy.get(worker);
        this.busy.delete(worker);
        this.idle.push(worker);
        if (pending?.id === message.id) pending.resolve(message.result);
        this.dispatch();
      });
      // A worker that dies takes its job with it: that is our bug, not the user's input.
      worker.on('error', (error) => {
        const pending = this.busy.get(worker);
        this.busy.delete(worker);
        pending?.reject(error);
      });
      this.idle.push(worker);
    }
  }

  /** Queue a job; transfers a bytes job's buffer instead of copying it. */
  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const pending = this.queue.shift();
      if (worker === undefined || pending === undefined) return;
      this.busy.set(worker, pending);
      worker.postMessage({ id: pending.id, job: pending.job }, transferable(pending.job));
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}

/** A buffer is moved, not copied, only when the view owns all of it (not a pooled slab). */
function transferable(job: Job): ArrayBuffer[] {
  if (job.kind !== 'bytes') return [];
  const { buffer, byteOffset, byteLength } = job.bytes;
  const owned =
    buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
  return owned ? [buffer] : [];
}

/** Map over an async source with at most `limit` jobs in flight, yielding in input order. */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of source) {
    const running = fn(item);
    // Awaited in order below; this only stops a later failure counting as unhandled meanwhile.
    running.catch(() => undefined);
    inFlight.push(running);
    if (inFlight.length >= limit) {
      const head = inFlight.shift();
      if (head !== undefined) yield await head;
    }
  }
  for (const head of inFlight) yield await head;
}
