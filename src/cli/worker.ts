// Worker thread entry of the per-module build (dist/src); the bundle uses boot/worker.ts.
import { serveWorker } from './worker-loop.js';

serveWorker();
