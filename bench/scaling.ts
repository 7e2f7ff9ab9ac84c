// What two threads give on this machine, without the CLI: the same work on one worker thread
// and then on two at once, for the baseline counter and for the engine. The batch speed-up of
// the CLI can only be judged against this ceiling: shared caches, memory bandwidth and the
// garbage collector's helper threads already take their share here.
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Engine } from '../src/engine/index.js';
import type { Transcript, Utterance } from '../src/transcript/index.js';
import { baselineCount, baselineWords } from './baseline.js';
import { buildCorpus } from './corpus.js';
import { median } from './measure.js';

/** What a scaling worker runs: which work, over what corpus, how many rounds. */
interface Task {
  scaling: true;
  work: 'baseline' | 'engine';
  source: readonly Utterance[];
  bytes: number;
  rounds: number;
}

function workOf(task: Task): () => unknown {
  const corpus: Transcript[] = buildCorpus(task.source, task.bytes, 3);
  if (task.work === 'baseline') {
    const words = baselineWords();
    return () => baselineCount(corpus, words);
  }
  const engine = new Engine();
  // Reports are dropped as they come, as a stream consumer does.
  return () => corpus.forEach((t) => engine.analyze(t));
}

// Worker side: warm up, say so, then time the rounds when told to go.
if (!isMainThread && (workerData as Partial<Task> | null)?.scaling === true) {
  const task = workerData as Task;
  const run = workOf(task);
  run();
  parentPort?.postMessage('ready');
  parentPort?.once('message', () => {
    const t0 = performance.now();
    for (let i = 0; i < task.rounds; i++) run();
    parentPort?.postMessage(performance.now() - t0);
  });
}

/** Wall ms for `threads` workers doing the same rounds at once (timed after their warm-up). */
async function timed(threads: number, task: Omit<Task, 'scaling'>): Promise<number> {
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL(import.meta.url), { workerData: { ...task, scaling: true } }),
  );
  try {
    await Promise.all(workers.map((w) => new Promise((ok) => w.once('message', ok))));
    const t0 = performance.now();
    await Promise.all(
      workers.map((w) => {
        const done = new Promise((ok) => w.once('message', ok));
        w.postMessage('go');
        return done;
      }),
    );
    return performance.now() - t0;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Speed-up of two threads over one (2 x one thread's time / two threads' time), median of runs. */
export async function twoThreadSpeedUp(
  work: Task['work'],
  source: readonly Utterance[],
  bytes: number,
  runs: number,
): Promise<number> {
  const rounds = work === 'baseline' ? 10 : 2;
  const task = { work, source, bytes, rounds };
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) ratios.push((2 * (await timed(1, task))) / (await timed(2, task)));
  return median(ratios);
}
