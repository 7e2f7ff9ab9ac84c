// The scoring frame every 0-100 score uses: weighted parts that each earn a fraction of
// their points, and penalties that take points away. Parts with nothing to measure drop
// out and the rest are re-weighted, so a session without questions is not marked down
// for "0% open questions". Every part becomes a driver the renderers explain.
import { clamp } from './arith.js';
import type { Driver, DriverCode } from './schema.js';

/** One ingredient of a score. */
export interface ScorePart {
  code: DriverCode;
  /** The measure shown to the reader (rate, percent, count), or null when not measurable. */
  value: number | null;
  /** How much of its points the part earns (0-1), or null to leave it out. */
  fraction: number | null;
  weight: number;
  /** Penalties subtract weight * fraction * 100 from the score. */
  penalty?: boolean;
}

/** A score with the drivers that explain it. */
export interface Scored {
  score: number;
  drivers: Driver[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Combine parts into an integer 0-100 score; monotone in every part's fraction. */
export function combine(parts: readonly ScorePart[]): Scored {
  let weight = 0;
  for (const p of parts) if (!p.penalty && p.fraction !== null) weight += p.weight;
  const drivers: Driver[] = [];
  let total = 0;
  for (const p of parts) {
    if (p.fraction === null) continue;
    const f = clamp(p.fraction);
    if (p.penalty) {
      const max = p.weight * 100;
      total -= max * f;
      drivers.push({
        code: p.code,
        direction: f > 0 ? 'down' : 'up',
        penalty: true,
        value: p.value,
        // 0 - x rather than -x: a JSON consumer should never see -0.
        points: 0 - round1(max * f),
        maxPoints: round1(max),
      });
    } else {
      const max = weight > 0 ? (p.weight / weight) * 100 : 0;
      total += max * f;
      // A part that earned at least half its points is on the good side.
      drivers.push({
        code: p.code,
        direction: f >= 0.5 ? 'up' : 'down',
        penalty: false,
        value: p.value,
        points: round1(max * f),
        maxPoints: round1(max),
      });
    }
  }
  return { score: Math.round(clamp(total, 0, 100)), drivers };
}
