// What the bundled CLI exports to its loader (src/cli/boot): the process entry, the
// in-process entry (tests, the build's warm-up run) and the worker thread's loop.
export { main, run } from './main.js';
export { setWorkerEntry } from './pool.js';

/** Serve a worker thread; imported lazily so that the main thread does not build the engine. */
export async function serveWorker(): Promise<void> {
  const loop = await import('./worker-loop.js');
  loop.serveWorker();
}
