// Seeded randomness and grouped, stratified folds. Training must be reproducible from
// the committed command alone, so nothing here reads a clock or Math.random.

import { seededRandom } from '../hashing.js';

/** The project's one seeded generator (mulberry32), shared with the label models. */
export { seededRandom };

/** Fisher-Yates shuffle in place with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/**
 * Assign each item a fold in [0, k): every member of a group lands in the same fold (so
 * near-copies cannot leak across folds), and each stratum (label of the group's first
 * member) is dealt round-robin so folds keep the label balance.
 */
export function groupedStratifiedFolds(
  groups: readonly string[],
  strata: readonly string[],
  k: number,
  seed: number,
): Int32Array {
  const firstLabel = new Map<string, string>();
  groups.forEach((g, i) => {
    if (!firstLabel.has(g)) firstLabel.set(g, strata[i] ?? '');
  });
  const byStratum = new Map<string, string[]>();
  for (const [g, label] of firstLabel) {
    const list = byStratum.get(label) ?? [];
    list.push(g);
    byStratum.set(label, list);
  }
  const random = seededRandom(seed);
  const foldOf = new Map<string, number>();
  let next = 0;
  for (const label of [...byStratum.keys()].sort()) {
    for (const g of shuffle(byStratum.get(label) ?? [], random)) {
      foldOf.set(g, next);
      next = (next + 1) % k;
    }
  }
  return Int32Array.from(groups, (g) => foldOf.get(g) ?? 0);
}
