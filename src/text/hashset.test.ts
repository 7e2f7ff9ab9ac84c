import { describe, expect, it } from 'vitest';
import { HashSet } from './hashset.js';

describe('HashSet', () => {
  it.each([
    [
      [1, 2, 3],
      [1, 2, 3],
      [4, 0],
    ],
    [[5, 5, 5], [5], [6]],
    [[], [], [0, 1]],
  ])('adds %j: members %j, not %j', (added, members, absent) => {
    const set = new HashSet();
    for (const h of added) set.add(h);
    expect([...set]).toEqual(members);
    expect(set.size).toBe(members.length);
    for (const h of members) expect(set.has(h)).toBe(true);
    for (const h of absent) expect(set.has(h)).toBe(false);
  });

  it('clears without forgetting how to grow', () => {
    const set = new HashSet();
    for (let i = 0; i < 1000; i++) set.add(i * 7919);
    expect(set.size).toBe(1000);
    expect(set.has(999 * 7919)).toBe(true);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has(7919)).toBe(false);
    set.add(42);
    expect([...set]).toEqual([42]);
  });

  it.each([[[3, 1, 3, 2, 1]], [Array.from({ length: 700 }, (_, i) => (i * 104729) % 5003)], [[]]])(
    'addAll(%#) gives the same members, in the same order, as add',
    (hashes) => {
      const one = new HashSet();
      for (const h of hashes) one.add(h);
      const all = new HashSet();
      all.add(7);
      all.clear();
      all.addAll(Uint32Array.from(hashes), hashes.length);
      expect([...all]).toEqual([...one]);
      for (const h of hashes) expect(all.has(h)).toBe(true);
      expect(all.has(999_999)).toBe(false);
    },
  );
});
