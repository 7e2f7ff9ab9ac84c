// Cost of the 'distortion-model' stage alone, and of the whole engine with and without it,
// on the dev file's patient questions. Usage (after npm run build):
//   node dist/scripts/bench-distortions.js --data ../shared/data [--rounds 5]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/index.js';
import { engineFindings, parseDistortionCsv } from '../src/eval/distortions.js';
import {
  DistortionScratch,
  decideDistortion,
  shippedDistortionModel,
} from '../src/models/distortion/index.js';
import { Tokens, tokenize } from '../src/text/index.js';

function best(rounds: number, run: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      rounds: { type: 'string', default: '5' },
    },
  });
  const rounds = Number(values.rounds);
  const rows = parseDistortionCsv(
    readFileSync(resolve(values.data, 'distortions/distortions-dev.csv'), 'utf8'),
  );
  const model = shippedDistortionModel();
  if (model === null) throw new Error('no committed weights');
  const engine = new Engine();
  const rules = engineFindings(engine, rows, false);
  const tokenized = rows.map((r) => tokenize(r.text, new Tokens()));
  const bytes = rows.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const scratch = new DistortionScratch();
  let fired = 0;
  const stageMs = best(rounds, () => {
    fired = 0;
    tokenized.forEach((t, i) => {
      if (decideDistortion(model, t, rules[i] ?? [], scratch) !== undefined) fired++;
    });
  });
  const transcript = {
    utterances: rows.map((r, i) => ({
      index: i,
      role: 'client' as const,
      speaker: 'C',
      text: r.text,
    })),
  };
  const withoutIds = new Set(
    engine.stages.map((s) => s.id).filter((id) => id !== 'distortion-model'),
  );
  const fullMs = best(rounds, () => void engine.analyzeUtterances(transcript));
  const withoutMs = best(rounds, () => void engine.analyzeUtterances(transcript, withoutIds));
  const mbps = (ms: number): number => Math.round((bytes / 1e6 / (ms / 1000)) * 10) / 10;
  const us = (ms: number): number => Math.round(((ms * 1000) / rows.length) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({
      utterances: rows.length,
      meanChars: Math.round(bytes / rows.length),
      modelFindings: fired,
      stage: { usPerUtterance: us(stageMs), mbPerSecond: mbps(stageMs) },
      engineWithModel: { usPerUtterance: us(fullMs), mbPerSecond: mbps(fullMs) },
      engineWithoutModel: { usPerUtterance: us(withoutMs), mbPerSecond: mbps(withoutMs) },
    })}\n`,
  );
}

main();
