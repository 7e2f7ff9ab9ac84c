// Reading the Shreevastava & Foltz (2021) format and turning its rows into engine
// findings and training examples, shared by the evaluation and the training script.
import { readCsvRecords } from './csv.js';
import type { Engine } from '../engine/index.js';
import type { DistortionType, Finding } from '../markers/types.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  extractFeatures,
  FeatureBuffer,
  parseDistortionLabel,
  type TrainingExample,
} from '../models/distortion/index.js';
import { Tokens, tokenize } from '../text/index.js';

/** A typed problem with the evaluation file; the CLI turns the code into words. */
export class DistortionEvalError extends Error {
  constructor(
    readonly code: 'missing_column' | 'unknown_label' | 'no_rows',
    /** Column name or 1-based data row: position only, never content. */
    readonly where: string,
  ) {
    super(`${code} at ${where}`);
    this.name = 'DistortionEvalError';
  }
}

/** One labelled row of the dataset. */
export interface DistortionRow {
  id: string;
  text: string;
  gold: DistortionType | 'none';
  /** The words annotators marked as distorted (empty when none). */
  part: string;
}

const COLUMNS = { id: 'Id_Number', text: 'Patient Question', gold: 'Dominant Distortion' } as const;
const PART = 'Distorted part';

/** Parse a Shreevastava & Foltz format CSV into rows (BOM and quoting handled by csv-parse). */
export function parseDistortionCsv(csv: string): DistortionRow[] {
  const records: Record<string, string>[] = readCsvRecords(csv);
  const first = records[0];
  if (first === undefined) throw new DistortionEvalError('no_rows', '1');
  for (const column of Object.values(COLUMNS))
    if (!(column in first)) throw new DistortionEvalError('missing_column', column);
  return records.map((r, i) => {
    const gold = parseDistortionLabel(r[COLUMNS.gold] ?? '');
    if (gold === undefined) throw new DistortionEvalError('unknown_label', String(i + 2));
    return {
      id: r[COLUMNS.id] ?? String(i),
      text: r[COLUMNS.text] ?? '',
      gold,
      part: r[PART]?.trim() ?? '',
    };
  });
}

/** Run the real engine on each row as one client utterance; `withModel` false leaves the model stage out. */
export function engineFindings(
  engine: Engine,
  rows: readonly DistortionRow[],
  withModel: boolean,
): Finding[][] {
  const only = withModel
    ? undefined
    : new Set(engine.stages.map((s) => s.id).filter((id) => id !== 'distortion-model'));
  return rows.map((row) => {
    const utterance = { index: 0, role: 'client' as const, speaker: 'client', text: row.text };
    return engine.analyzeUtterances({ utterances: [utterance] }, only)[0]?.findings ?? [];
  });
}

/** Training examples from rows and their rule findings, featurised as the engine stage does. */
export function distortionExamples(
  rows: readonly DistortionRow[],
  rules: readonly Finding[][],
  bits = DEFAULT_TRAIN_OPTIONS.bits,
): TrainingExample[] {
  const tokens = new Tokens();
  const features = new FeatureBuffer();
  return rows.map((row, i) => {
    const findings = rules[i] ?? [];
    extractFeatures(tokenize(row.text, tokens), findings, bits, features);
    const example: TrainingExample = {
      slots: features.slot.slice(0, features.count),
      label: row.gold,
    };
    if (row.part !== '' && row.gold !== 'none') {
      extractFeatures(tokenize(row.part, tokens), findings, bits, features);
      example.typeSlots = features.slot.slice(0, features.count);
    }
    return example;
  });
}
