import { describe, expect, it } from 'vitest';
import { chunked, orderedMap } from './ordered.js';

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('chunked', () => {
  it.each([
    ['closes at the item limit', [1, 1, 1, 1, 1], { items: 2, weight: 100 }, [[1, 1], [1, 1], [1]]],
    [
      'closes once the weight is reached',
      [3, 1, 5, 1, 1],
      { items: 9, weight: 4 },
      [[3, 1], [5], [1, 1]],
    ],
    ['keeps a short last chunk', [1, 2, 3], { items: 5, weight: 100 }, [[1, 2, 3]]],
    ['yields nothing for nothing', [], { items: 2, weight: 1 }, []],
    ['weighs zero-weight items by count alone', [0, 0, 0], { items: 2, weight: 1 }, [[0, 0], [0]]],
  ])('%s', async (_name, items, limits, expected) => {
    expect(await collect(chunked(from(items), limits, (n) => n))).toEqual(expected);
  });
});

describe('orderedMap', () => {
  it.each([
    ['limit 1', 1],
    ['limit 3', 3],
    ['limit above the count', 50],
  ])('yields in input order when later calls finish first (%s)', async (_name, limit) => {
    const delays = [30, 1, 20, 5, 0, 10, 2];
    const results = await collect(
      orderedMap(from(delays.map((d, i) => [d, i] as const)), limit, async ([d, i]) => {
        await new Promise((resolve) => setTimeout(resolve, d));
        return i;
      }),
    );
    expect(results).toEqual(delays.map((_d, i) => i));
  });

  it.each([1, 2, 4])('never has more than %i calls in flight', async (limit) => {
    let running = 0;
    let peak = 0;
    await collect(
      orderedMap(from([...Array(12).keys()]), limit, async (i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        running--;
        return i;
      }),
    );
    expect(peak).toBeLessThanOrEqual(limit);
    expect(peak).toBe(Math.min(limit, 12));
  });

  it('surfaces a failed call at its place in the order', async () => {
    const seen: number[] = [];
    const run = async (): Promise<void> => {
      for await (const n of orderedMap(from([1, 2, 3]), 3, (i) =>
        i === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(i),
      ))
        seen.push(n);
    };
    await expect(run()).rejects.toThrow('boom');
    expect(seen).toEqual([1]);
  });
});
