// The worker thread's loop: builds its engine once (on the first job) and runs each batch
// the pool sends, with the settings the worker was started with, replying once per batch.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobResult, type JobSettings } from './job.js';
import type { BatchReply, BatchRequest } from './pool.js';

/**
 * Reports travel as UTF-8 bytes whose buffers are moved, not cloned: the main thread then
 * writes them as they are, instead of copying each string and encoding it again on output
 * (a JSON report is ~8x its transcript, so this was most of the main thread's work).
 * Buffer.from encodes ~3x faster than TextEncoder here; a small report lands in Node's
 * shared pool slab, which must not be moved, so it is copied out (cheap at that size).
 */
function encode(result: JobResult, transfer: ArrayBuffer[]): JobResult {
  for (const item of result.items) {
    if (item.rendered.length === 0) continue;
    const encoded = Buffer.from(item.rendered, 'utf8');
    const owned = encoded.byteOffset === 0 && encoded.byteLength === encoded.buffer.byteLength;
    const bytes = owned ? new Uint8Array(encoded.buffer) : new Uint8Array(encoded);
    item.encoded = bytes;
    item.rendered = '';
    transfer.push(bytes.buffer);
  }
  return result;
}

/** Serve the pool's batches on this worker thread (does nothing on the main thread). */
export function serveWorker(): void {
  const port = parentPort;
  if (port === null) return;
  const settings = workerData as JobSettings;
  port.on('message', (request: BatchRequest) => {
    // In order and one at a time: one engine, one thread.
    const transfer: ArrayBuffer[] = [];
    // Each report is encoded as soon as it is rendered, so its string dies young instead of
    // outliving the batch in the old generation.
    const results = request.jobs.map((job) => encode(runJob(job, settings), transfer));
    const reply: BatchReply = { id: request.id, results };
    port.postMessage(reply, transfer);
  });
}
