// The few strongest pieces of evidence behind a decision, kept in fixed arrays: explanations
// run on every labelled turn, so picking them must not allocate. Shared by the label models
// and the distortion model.

/** Most features an explanation can name. */
export const MAX_TOP = 8;

/** The `limit` largest margins offered, strongest first, with their feature positions. */
export class TopK {
  readonly at = new Int32Array(MAX_TOP);
  private readonly margin = new Float64Array(MAX_TOP);
  /** How many are kept (at most `limit`). */
  count = 0;
  /** Margins must beat this to be kept: 0, then the weakest kept once `limit` are. */
  floor = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = Math.max(1, Math.min(limit, MAX_TOP));
  }

  /** Forget everything (margins must then beat 0). */
  reset(): this {
    this.count = 0;
    this.floor = 0;
    return this;
  }

  /** Keep position `i` if `m` is among the largest margins so far; equal ones keep the first. */
  offer(i: number, m: number): void {
    if (m <= this.floor) return;
    const { at, margin, limit } = this;
    let p = this.count < limit ? this.count++ : limit - 1;
    while (p > 0 && (margin[p - 1] ?? 0) < m) {
      margin[p] = margin[p - 1] ?? 0;
      at[p] = at[p - 1] ?? 0;
      p--;
    }
    margin[p] = m;
    at[p] = i;
    if (this.count === limit) this.floor = margin[limit - 1] ?? 0;
  }
}
