// What each trained model costs, so accuracy and speed are traded with open eyes: its stage's
// time per utterance and share of the analysis, and the memory of its weights, measured in a
// fresh child process (bench/model-memory.ts).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Row } from './table.js';

/** Typed-array bytes each model adds, by model. */
export interface ModelMemory {
  labels: number;
  distortion: number;
  crisis: number;
}

/** Run bench/model-memory.js in a fresh Node and read its figures. */
export function modelMemory(distBench: string): ModelMemory {
  const out = execFileSync(process.execPath, [join(distBench, 'model-memory.js')], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ModelMemory;
}

const modelStages: { model: string; stage: string; key: keyof ModelMemory }[] = [
  { model: 'label models (4 tasks, with their features)', stage: 'labels', key: 'labels' },
  { model: 'distortion model', stage: 'distortion-model', key: 'distortion' },
];

/**
 * One row per model: microseconds per utterance of the corpus and share of the whole
 * analysis, from the per-stage timings of one engine (each model is its own stage), and the
 * memory of its weights. Timing two engines, with and without a model, in one process was
 * unstable: the second engine's shapes deoptimised the first one's code.
 */
export function modelCostRows(
  stageCost: readonly { id: string; ms: number }[],
  utterances: number,
  memory: ModelMemory,
): Row[] {
  const total = stageCost.reduce((sum, s) => sum + s.ms, 0);
  const rows: Row[] = modelStages.map((m) => {
    const ms = stageCost.find((s) => s.id === m.stage)?.ms ?? 0;
    return {
      figure: `model cost: ${m.model}`,
      usPerUtt: (ms * 1000) / utterances,
      share: total > 0 ? ms / total : 0,
      weightsKb: memory[m.key] / 1024,
    };
  });
  rows.push({
    figure: 'model cost: crisis model (runs past a gate only)',
    weightsKb: memory.crisis / 1024,
  });
  return rows;
}
