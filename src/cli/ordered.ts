// Async plumbing for batches: group a stream into chunks, and map over it with a bounded
// number of calls in flight while yielding results in input order.

/** When a chunk is full: at `items` entries, or once its entries weigh `weight` or more. */
export interface ChunkLimits {
  items: number;
  weight: number;
}

/** Group `source` into arrays, closing each at either limit (the last one may be short). */
export async function* chunked<T>(
  source: AsyncIterable<T>,
  limits: ChunkLimits,
  weigh: (item: T) => number,
): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  let weight = 0;
  for await (const item of source) {
    chunk.push(item);
    weight += weigh(item);
    if (chunk.length >= limits.items || weight >= limits.weight) {
      yield chunk;
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Map over an async source with at most `limit` calls in flight, yielding in input order. */
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
