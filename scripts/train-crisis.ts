// Node adapter for training the crisis model (src/models/crisis). Trains on the even rows of
// SDCNL only (odd rows are the held-out test) plus, as everyday negatives, the client turns
// of half the AnnoMI videos (the other half measures false alarms). Writes
// src/models/crisis/weights.ts. Usage:
//   npm run build && node dist/scripts/train-crisis.js --data ../shared/data
//   npx prettier --write src/models/crisis/weights.ts
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { detectCrisisRules } from '../src/markers/crisis/index.js';
import {
  crisisSlots,
  CrisisScorer,
  defaultCrisisTrainOptions,
  hasCrisisCue,
  packCrisisModel,
  SlotBuffer,
  trainCrisisModel,
  type CrisisExample,
  type CrisisWeightsMeta,
} from '../src/models/crisis/index.js';
import { Tokens, tokenize } from '../src/text/index.js';

const SDCNL = 'crisis/sdcnl-train.csv';
const ANNOMI = 'annomi/annomi-simple-dev.csv';
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const MAX_EVERYDAY_ALARMS = 0.005;

interface Row {
  /** Which part the row belongs to: SDCNL row number or AnnoMI video index. */
  part: number;
  y: 0 | 1;
  text: string;
  rules: boolean;
  cue: boolean;
  slots: Int32Array;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function load(file: string): { csv: Record<string, string>[]; sha: string } {
  if (!existsSync(file)) {
    process.stderr.write(`train-crisis: no data file at ${file}\n`);
    process.exit(2);
  }
  const bytes = readFileSync(file);
  const csv: Record<string, string>[] = parse(bytes.toString('utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  return { csv, sha: sha256(bytes) };
}

function toRow(text: string, y: 0 | 1, part: number, bits: number): Row {
  const tokens = tokenize(text, new Tokens());
  const slots = crisisSlots(tokens, bits, new SlotBuffer());
  return {
    part,
    y,
    text,
    rules: detectCrisisRules(text).length > 0,
    cue: hasCrisisCue(tokens),
    slots: slots.slot.slice(0, slots.count),
  };
}

const examples = (rows: readonly Row[]): CrisisExample[] =>
  rows.filter((r) => r.cue).map((r) => ({ slots: r.slots, y: r.y }));

function pickThreshold(
  posts: readonly Row[],
  everyday: readonly Row[],
  scorer: CrisisScorer,
): Record<string, number> {
  const tokens = new Tokens();
  const prob = (r: Row): number => scorer.probability(tokenize(r.text, tokens));
  const postP = posts.map(prob);
  const everydayP = everyday.map((r) => (r.rules ? 0 : prob(r)));
  const ruleTp = posts.filter((r) => r.rules && r.y === 1).length;
  const ruleFlagged = posts.filter((r) => r.rules).length;
  const rulesPrecision = ruleTp / Math.max(1, ruleFlagged);
  for (const t of GRID) {
    let add = 0;
    let addTp = 0;
    posts.forEach((r, i) => {
      if (!r.rules && (postP[i] ?? 0) >= t) {
        add++;
        addTp += r.y;
      }
    });
    const alarms = everydayP.filter((p) => p >= t).length / Math.max(1, everyday.length);
    // The model may add only findings at least as precise as the rules' own, and stay quiet on everyday talk.
    if (add > 0 && addTp / add >= rulesPrecision && alarms <= MAX_EVERYDAY_ALARMS) {
      return { threshold: t, rulesPrecision, added: add, addedPrecision: addTp / add, alarms };
    }
  }
  return { threshold: 1.01, rulesPrecision, added: 0, addedPrecision: 0, alarms: 0 };
}

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: '../shared/data' } },
  });
  const options = defaultCrisisTrainOptions;
  const sd = load(resolve(values.data, SDCNL));
  const an = load(resolve(values.data, ANNOMI));
  const posts = sd.csv
    .map((r, n) => ({ r, n }))
    .filter(({ n }) => n % 2 === 0)
    .map(({ r, n }) => {
      const text = `${r.title ?? ''}\n${r.selftext ?? ''}`;
      return toRow(text, r.is_suicide?.trim() === '1' ? 1 : 0, n, options.bits);
    });
  const videos = [...new Set(an.csv.map((r) => r.video_url ?? ''))].sort();
  const everyday = an.csv
    .filter((r) => r.interlocutor === 'client')
    .map((r) => ({ r, v: videos.indexOf(r.video_url ?? '') }))
    .filter(({ v }) => v % 2 === 0)
    .map(({ r, v }) => toRow(r.utterance_text ?? '', 0, v, options.bits));
  // Threshold from an inner split of the training rows: fit on one half, choose on the other.
  const fitPart = (r: Row): boolean => r.part % 4 === 0;
  const inner = trainCrisisModel(
    examples([...posts.filter(fitPart), ...everyday.filter(fitPart)]),
    options,
    1,
  );
  const selection = pickThreshold(
    posts.filter((r) => !fitPart(r)),
    everyday.filter((r) => !fitPart(r)),
    new CrisisScorer(inner),
  );
  const model = trainCrisisModel(
    examples([...posts, ...everyday]),
    options,
    selection.threshold ?? 1.01,
  );
  const meta: CrisisWeightsMeta = {
    command: 'npm run build && node dist/scripts/train-crisis.js --data DIR',
    data: { [SDCNL]: sd.sha, [ANNOMI]: an.sha },
    trainedOn: `${SDCNL} even rows (is_suicide); client turns of the even-indexed AnnoMI videos (sorted by url) as negatives; only texts with a cue word`,
    options,
    selection,
  };
  const out = join(repoRoot(), 'src/models/crisis/weights.ts');
  writeFileSync(
    out,
    [
      '// Generated by scripts/train-crisis.ts: do not edit by hand.',
      "import type { PackedCrisisModel } from './codec.js';",
      "import type { CrisisWeightsMeta } from './meta.js';",
      '',
      '/** How these weights were made. */',
      `export const CRISIS_META: CrisisWeightsMeta | null = ${JSON.stringify(meta, null, 2)};`,
      '',
      '/** The committed crisis model, quantised; null until trained. */',
      `export const CRISIS_WEIGHTS: PackedCrisisModel | null = ${JSON.stringify(packCrisisModel(model), null, 2)};`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`train-crisis: wrote ${out}\n${JSON.stringify(selection)}\n`);
}

main();
