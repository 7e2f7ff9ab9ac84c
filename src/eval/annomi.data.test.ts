// AnnoMI figures on the shared data: grouped 5-fold cross-validation with the real engine
// and per-fold models. Fails when a figure drops below its recorded floor; skips, saying
// so, when ../shared/data is absent (a fresh clone without the data still passes).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TASK_NAMES } from '../models/index.js';
import { annomiFloors, publishedHumanAgreement } from './annomi-floors.js';
import { evalAnnomi, renderEvalText } from './index.js';

const DATA = new URL('../../../shared/data/annomi/annomi-full-dev.csv', import.meta.url);
const present = existsSync(DATA);
if (!present) console.warn(`AnnoMI data test skipped: ${DATA.pathname} is absent`);

describe.skipIf(!present)('AnnoMI grouped cross-validation', () => {
  const result = present ? evalAnnomi(readFileSync(DATA, 'utf8'), { cv: 5 }) : undefined;
  if (result !== undefined) console.log(renderEvalText(result));

  it.each(TASK_NAMES)('%s stays above its floor', (task) => {
    expect(result?.tasks[task].macroF1).toBeGreaterThanOrEqual(annomiFloors[task]);
  });

  it('warns that the shipped weights saw every dev transcript', () => {
    const shipped = evalAnnomi(readFileSync(DATA, 'utf8'));
    expect(shipped.seenInTraining).toBe(shipped.transcripts);
    expect(renderEvalText(shipped)).toContain('warning: the shipped weights were trained on');
  });

  it('session quality AUC stays above its floor', () => {
    expect(result?.sessionQuality.auc).toBeGreaterThanOrEqual(annomiFloors.sessionQualityAuc);
  });

  it.each(TASK_NAMES)('human agreement on %s is close to the published figure', (task) => {
    // Our copy holds 340 of the 428 multiply-annotated utterances, so allow a little drift.
    expect(
      Math.abs((result?.humanAgreement?.tasks[task].macroF1 ?? 0) - publishedHumanAgreement[task]),
    ).toBeLessThan(0.05);
  });
});
