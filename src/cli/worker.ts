// Worker thread entry: runs jobs sent by the pool with the settings it was started with.
import { parentPort, workerData } from 'node:worker_threads';
import { processJob, type Job, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
const port = parentPort;

if (port !== null) {
  port.on('message', (message: { id: number; job: Job }) => {
    void processJob(message.job, settings).then((result) => {
      port.postMessage({ id: message.id, result });
    });
  });
}
