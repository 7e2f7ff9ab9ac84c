// Crisis figures on the SDCNL posts (Reddit, labelled by subreddit: suicide vs depression).
// The labels are noisy: many depression posts also voice ideation, so precision against
// them is capped well below what a clinician would judge. Rules and the model were developed
// on even rows only; the odd rows are the held-out figures. Also measures false alarms on
// AnnoMI client turns (everyday therapy talk, essentially free of crisis statements). Skips
// when the data is absent.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../markers/crisis/index.js';
import { evalCrisis } from './crisis.js';

const DATA = new URL('../../../shared/data/crisis/sdcnl-train.csv', import.meta.url);
const ANNOMI = new URL('../../../shared/data/annomi/annomi-simple-dev.csv', import.meta.url);
const present = existsSync(DATA);
if (!present) console.warn(`crisis data test skipped: ${DATA.pathname} is absent`);
const annomiPresent = existsSync(ANNOMI);
if (!annomiPresent) console.warn(`crisis AnnoMI test skipped: ${ANNOMI.pathname} is absent`);

// Floors just under the measured held-out figures, so a regression fails CI.
const FLOOR = { recall: 0.65, precision: 0.63 };
// AnnoMI client turns: measured 8 of 3,580 (0.22%), the flagged ones name self-harm or
// suicide outright; the model added none.
const MAX_ANNOMI_ALARMS = 0.004;

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

describe.skipIf(!annomiPresent)('crisis false alarms on AnnoMI client turns', () => {
  const rows: Record<string, string>[] = annomiPresent
    ? parse(readFileSync(ANNOMI, 'utf8'), { columns: true, bom: true, skip_empty_lines: true })
    : [];
  const clients = rows.filter((r) => r.interlocutor === 'client');
  // The model saw the client turns of the even-indexed videos as negatives; odd ones are unseen.
  const videos = [...new Set(rows.map((r) => r.video_url ?? ''))].sort();
  const unseen = new Set(videos.filter((_, k) => k % 2 === 1));

  it('flags almost none of them, and the model none of the unseen videos', () => {
    const flagged = clients.map((r) => detectCrisis(r.utterance_text ?? ''));
    const alarms = flagged.filter((f) => f.length > 0).length;
    const modelUnseen = clients.filter(
      (r, i) =>
        unseen.has(r.video_url ?? '') && (flagged[i] ?? []).some((f) => f.rule === 'model.crisis'),
    ).length;
    console.log(
      `AnnoMI client turns: n=${clients.length} flagged=${alarms} rate=${(alarms / clients.length).toFixed(4)} modelOnUnseenVideos=${modelUnseen}`,
    );
    expect(clients.length).toBeGreaterThan(1000);
    expect(alarms / clients.length).toBeLessThanOrEqual(MAX_ANNOMI_ALARMS);
    expect(modelUnseen).toBe(0);
  });
});
