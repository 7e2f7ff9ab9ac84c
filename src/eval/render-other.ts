// Text renderings of the crisis and distortion evaluations (the JSON holds every figure;
// this is what a person reads first).
import type { CrisisEvalResult } from './crisis.js';
import type { DistortionEvalResult } from './distortions.js';

const f2 = (x: number): string => x.toFixed(2);
/** How many missed and false-alarm rows the text lists; the JSON has them all. */
const SHOWN_ROWS = 10;

/** Crisis detection: recall first, then precision, and the rows to read. */
export function renderCrisisText(r: CrisisEvalResult): string {
  const lines = [
    `crisis statements: ${r.n} rows`,
    `  recall ${f2(r.recall)}, precision ${f2(r.precision)}, F1 ${f2(r.f1)}, false-alarm rate ${f2(r.falseAlarmRate)}`,
    `  tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn}; flagged only by negated statements: ${r.negatedOnly}`,
  ];
  const kinds = Object.entries(r.flaggedByKind).map(([k, n]) => `${k} ${n}`);
  if (kinds.length > 0) lines.push(`  flagged rows by kind: ${kinds.join(', ')}`);
  for (const [title, rows] of [
    ['missed', r.missed],
    ['false alarms', r.falseAlarms],
  ] as const) {
    lines.push(
      `${title} (${rows.length}${rows.length > SHOWN_ROWS ? `, first ${SHOWN_ROWS}` : ''}):`,
    );
    for (const row of rows.slice(0, SHOWN_ROWS)) lines.push(`  ${row.id}: ${row.excerpt}`);
  }
  return lines.join('\n') + '\n';
}

/** Distortions: detection against none, the always-distorted floor, and the type task. */
export function renderDistortionsText(r: DistortionEvalResult): string {
  const d = r.engine.distortion;
  const how =
    r.method === 'grouped-cv'
      ? `${r.folds ?? '?'}-fold cross-validation, out of fold`
      : 'shipped weights';
  return (
    [
      `distortions: ${r.n} rows (${how})`,
      `  distortion vs none: F1 ${f2(d.f1)}, precision ${f2(d.precision)}, recall ${f2(d.recall)}, accuracy ${f2(d.accuracy)}`,
      `  rules only: F1 ${f2(r.rulesOnly.distortion.f1)}; calling every row distorted: F1 ${f2(r.alwaysDistortionF1)}; published best: ${f2(r.published.distortionF1)}`,
      `  distortion type: macro-F1 ${f2(r.engine.type.macroF1)} (rules only ${f2(r.rulesOnly.type.macroF1)})`,
      `  rows the rule author never saw (${r.rulesHeldOut.n}): F1 ${f2(r.rulesHeldOut.engine.f1)}, rules only ${f2(r.rulesHeldOut.rulesOnly.f1)}`,
    ].join('\n') + '\n'
  );
}
