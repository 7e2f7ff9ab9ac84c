// Text rendering of evaluation results: a table per task and the confusion matrices.
import type { AnnomiEvalResult } from './annomi.js';
import type { TaskMetrics } from './metrics.js';

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const pad = (s: string, n: number): string => s.padEnd(n);

/** One task as lines: headline figures, per-class table, confusion matrix. */
export function renderTask(name: string, m: TaskMetrics): string[] {
  const lines = [`${name}: macro-F1 ${f2(m.macroF1)}, accuracy ${f2(m.accuracy)}, n=${m.n}`];
  const classes = Object.keys(m.perClass);
  const width = Math.max(10, ...classes.map((c) => c.length + 2));
  lines.push(`  ${pad('class', width)}precision  recall  F1    support`);
  for (const c of classes) {
    const p = m.perClass[c];
    if (p === undefined) continue;
    lines.push(
      `  ${pad(c, width)}${pad(f2(p.precision), 11)}${pad(f2(p.recall), 8)}${pad(f2(p.f1), 6)}${p.support}`,
    );
  }
  lines.push(`  confusion (rows gold, columns predicted): ${classes.join(' / ')}`);
  for (const g of classes) {
    lines.push(
      `  ${pad(g, width)}${classes.map((p) => String(m.confusion[g]?.[p] ?? 0).padStart(6)).join('')}`,
    );
  }
  return lines;
}

/** The AnnoMI result as readable text. */
export function renderAnnomiText(r: AnnomiEvalResult): string {
  const how =
    r.mode === 'grouped-cv'
      ? `${r.folds ?? 0}-fold cross-validation grouped by video (out-of-fold predictions)`
      : r.mode === 'rules-only'
        ? 'rules only (question-mark fallback and rule counts, no models)'
        : 'shipped weights (honest only on transcripts they were not trained on)';
  const lines = [
    `AnnoMI (${r.file} file): ${r.transcripts} transcripts, ${r.utterances} utterances; ${how}`,
    '',
  ];
  if (r.seenInTraining !== undefined && r.seenInTraining > 0) {
    lines.push(
      `warning: the shipped weights were trained on ${r.seenInTraining} of these ${r.transcripts} transcripts; these figures overstate accuracy (use --cv for honest ones)`,
      '',
    );
  }
  for (const [task, m] of Object.entries(r.tasks)) lines.push(...renderTask(task, m), '');
  const q = r.sessionQuality;
  lines.push(`session quality AUC (${q.score}, ${q.high} high vs ${q.low} low): ${f2(q.auc)}`);
  if (q.goldLabelsAuc !== undefined)
    lines.push(`  same score from the experts' labels: ${f2(q.goldLabelsAuc)}`);
  if (r.humanAgreement !== undefined) {
    const h = r.humanAgreement;
    lines.push(
      '',
      `human agreement (${h.utterances} utterances, ${h.comparisons} annotator-vs-others comparisons):`,
    );
    for (const [task, m] of Object.entries(h.tasks))
      lines.push(`  ${pad(task, 20)}macro-F1 ${f2(m.macroF1)}, n=${m.n}`);
  }
  return lines.join('\n');
}
