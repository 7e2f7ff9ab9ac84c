// Crisis figures on the SDCNL posts (Reddit, labelled by subreddit: suicide vs depression).
// The labels are noisy: many depression posts also voice ideation, so precision against
// them is capped well below what a clinician would judge. Rules were developed on even
// rows only; the odd rows are the held-out figures. Skips when the data is absent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalCrisis } from './crisis.js';

const DATA = new URL('../../../shared/data/crisis/sdcnl-train.csv', import.meta.url);
const present = existsSync(DATA);
if (!present) console.warn(`crisis data test skipped: ${DATA.pathname} is absent`);

// Floors just under the measured held-out figures, so a regression fails CI.
const FLOOR = { recall: 0.63, precision: 0.62 };

describe.skipIf(!present)('crisis evaluation on SDCNL', () => {
  const csv = present ? readFileSync(DATA, 'utf8') : '';
  const run = (half: 0 | 1) =>
    evalCrisis(csv, {
      text: 'title+selftext',
      label: 'is_suicide',
      positive: ['1'],
      id: '',
      rows: (n) => n % 2 === half,
    });

  it('keeps recall and precision above their floors on the held-out (odd) rows', () => {
    const held = run(1);
    const dev = run(0);
    const show = (name: string, r: typeof held): string =>
      `${name}: n=${r.n} recall=${r.recall.toFixed(3)} precision=${r.precision.toFixed(3)} f1=${r.f1.toFixed(3)} falseAlarmRate=${r.falseAlarmRate.toFixed(3)} tp=${r.tp} fp=${r.fp} fn=${r.fn} tn=${r.tn} negatedOnly=${r.negatedOnly}`;
    console.log(show('dev (even rows)', dev));
    console.log(show('held-out (odd rows)', held));
    expect(held.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(held.precision).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
