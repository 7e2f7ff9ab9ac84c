import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryMetrics, typeMetrics, type Prediction } from './distortion-metrics.js';
import { DistortionEvalError, evalDistortions, parseDistortionCsv } from './distortions.js';

// A small file in the dataset's format with questions we wrote.
const HEADER =
  'Id_Number,Patient Question,Distorted part,Dominant Distortion,Secondary Distortion (Optional)';
const CSV = [
  HEADER,
  '1,"I failed one test, so I will fail every test from now on.","I will fail every test",Fortune-telling,',
  '2,"My friend did not text back, she must hate me.","she must hate me",Mind Reading,',
  '3,"We moved flats in spring and the new one is quieter.",,No Distortion,',
  '4,"I should be able to handle all of this on my own.","I should be able",Should statements,Labeling',
  '5,"My brother and I went hiking on the weekend.",,No Distortion,',
  '6,"I am a complete idiot for forgetting the meeting.","I am a complete idiot",Labeling,',
].join('\n');

const DATA = '../shared/data/distortions/distortions-dev.csv';
/**
 * Recorded floors for the 5-fold grouped CV on the dev file (see the model's weights meta:
 * F1 0.775, precision 0.749 since the threshold is chosen for F0.5).
 */
const FLOOR = { f1: 0.76, precision: 0.73, accuracy: 0.66, typeMacroF1: 0.13 };

describe('parseDistortionCsv', () => {
  it('reads ids, texts, gold labels and distorted parts', () => {
    const rows = parseDistortionCsv(`\uFEFF${CSV}`);
    expect(rows.map((r) => r.gold)).toEqual([
      'fortune_telling',
      'mind_reading',
      'none',
      'should_statements',
      'none',
      'labeling',
    ]);
    expect(rows[1]?.part).toBe('she must hate me');
    expect(rows[2]?.id).toBe('3');
  });

  it.each([
    ['missing column', 'Id_Number,Patient Question\n1,hello', 'missing_column'],
    ['unknown label', `${HEADER}\n1,"text",,Catastrophic thinking,`, 'unknown_label'],
    ['no rows', HEADER, 'no_rows'],
  ])('%s gives a typed error', (_name, csv, code) => {
    expect(() => parseDistortionCsv(csv)).toThrow(DistortionEvalError);
    try {
      parseDistortionCsv(csv);
    } catch (e) {
      expect((e as DistortionEvalError).code).toBe(code);
    }
  });
});

describe('metrics', () => {
  const gold: Prediction[] = [
    'labeling',
    'labeling',
    'mind_reading',
    'none',
    'none',
    'mind_reading',
  ];
  const predicted: Prediction[] = [
    'labeling',
    'none',
    'labeling',
    'mind_reading',
    'none',
    'mind_reading',
  ];

  it('counts distortion vs none whatever the type', () => {
    // tp: rows 0, 2, 5; fn: row 1; fp: row 3; tn: row 4.
    expect(binaryMetrics(gold, predicted)).toMatchObject({ tp: 3, fp: 1, fn: 1, tn: 1 });
    expect(binaryMetrics(gold, predicted).f1).toBeCloseTo(6 / 8);
  });

  it.each([
    // labeling: tp 1, predicted twice among gold-distorted rows, support 2 -> P 1/2, R 1/2.
    ['labeling', 0.5, 0.5],
    // mind_reading: tp 1, predicted once among gold-distorted rows, support 2 -> P 1, R 1/2.
    ['mind_reading', 1, 0.5],
  ])('per-type figures for %s', (type, precision, recall) => {
    const m = typeMetrics(gold, predicted, ['labeling', 'mind_reading']);
    expect(m.perClass[type]?.precision).toBeCloseTo(precision);
    expect(m.perClass[type]?.recall).toBeCloseTo(recall);
  });

  it('scores types only on gold-distorted rows, with a confusion matrix', () => {
    const m = typeMetrics(gold, predicted, ['labeling', 'mind_reading']);
    expect(m.n).toBe(4);
    expect(m.confusion['labeling']).toEqual({ labeling: 1, none: 1 });
    expect(m.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2);
  });
});

describe('evalDistortions on our small file', () => {
  it('runs the engine on every row and reports both tasks', () => {
    const r = evalDistortions(CSV);
    expect(r.method).toBe('engine');
    expect(r.n).toBe(6);
    const d = r.engine.distortion;
    expect(d.tp + d.fp + d.fn + d.tn).toBe(6);
    expect(r.engine.type.n).toBe(4);
    expect(r.alwaysDistortionF1).toBeCloseTo((2 * 4) / (2 * 4 + 2));
  });

  it('cross-validates with fold models when asked', () => {
    const r = evalDistortions(CSV, { cv: 2, train: { bits: 10, typeBits: 8 } });
    expect(r.method).toBe('grouped-cv');
    expect(r.folds).toBe(2);
    expect(r.engine.distortion.tp + r.engine.distortion.fn).toBe(4);
  });
});

describe.skipIf(!existsSync(DATA))('evalDistortions on the dev data (5-fold grouped CV)', () => {
  it('stays above the recorded floors', () => {
    const r = evalDistortions(readFileSync(DATA, 'utf8'), { cv: 5 });
    expect(r.engine.distortion.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(r.engine.distortion.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(r.engine.distortion.accuracy).toBeGreaterThanOrEqual(FLOOR.accuracy);
    expect(r.engine.type.macroF1).toBeGreaterThanOrEqual(FLOOR.typeMacroF1);
  }, 900_000);
});

if (!existsSync(DATA)) {
  describe('dev data', () => {
    it.skip(`skipped: ${DATA} is absent (CI provides ../shared/data beside the checkout)`, () => {});
  });
}
