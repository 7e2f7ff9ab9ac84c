import { describe, expect, it } from 'vitest';
import { staggered } from './staggered.js';

describe('staggered', () => {
  it.each([1, 4, 256, 1024, 4096, 65536])(
    'gives disjoint views of %i elements whose starts differ modulo 4 KB',
    (size) => {
      const views = staggered(size, [Int32Array, Float32Array, Uint8Array, Uint32Array]);
      expect(views.map((v) => v.length)).toEqual([size, size, size, size]);
      expect(views[0]).toBeInstanceOf(Int32Array);
      expect(views[2]).toBeInstanceOf(Uint8Array);
      // 4-byte views after a byte view stay aligned (the constructor would throw otherwise).
      expect(views[3].byteOffset % 4).toBe(0);
      for (const [i, a] of views.entries()) {
        for (const b of views.slice(i + 1)) {
          expect(a.buffer).toBe(b.buffer);
          expect(a.byteOffset + a.byteLength).toBeLessThanOrEqual(b.byteOffset);
          expect((b.byteOffset - a.byteOffset) % 4096).not.toBe(0);
        }
      }
      views[0].fill(-1);
      views[1].fill(-1);
      views[2].fill(255);
      views[3].fill(7);
      expect([views[0][size - 1], views[1][size - 1], views[2][size - 1]]).toEqual([-1, -1, 255]);
    },
  );
});
