// `npm run bench`: engine throughput against the in-run baseline, per stage, at 1x/4x/16x,
// plus the CLI figures of the performance issue. Same-run ratios, never absolute timings.
import { Command } from 'commander';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine/index.js';
import type { Transcript } from '../src/transcript/index.js';
import { baselineCount, baselineWords } from './baseline.js';
import { buildCorpus, corpusBytes, corpusFileUtterances, sourceUtterances } from './corpus.js';
import { cliFigures } from './cli.js';
import { medianMs, pairedMs, selfPeakRssMb } from './measure.js';
import { printRows, type Row } from './table.js';
import { profileTo } from './profile.js';
import { modelCostRows, modelMemory } from './models.js';
import { twoThreadSpeedUp } from './scaling.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'alliance.js');

const program = new Command('bench')
  .description('Measure the engine and the CLI against a same-run baseline.')
  .option('--corpus <file>', 'one utterance a line instead of our generated corpus')
  .option('--mb <n>', 'size of the 1x corpus in MB', '2')
  .option('--runs <n>', 'timed runs per figure (median)', '5')
  .option('--json', 'print JSON lines instead of a table')
  .option('--profile', 'write a CPU profile of the slowest stage')
  .option('--stream-mb <n>', 'also stream an N MB JSONL through the CLI for peak RSS', '0')
  .option('--no-cli', 'skip the CLI figures (engine only)')
  .parse();
const opts = program.opts<{
  corpus?: string;
  mb: string;
  runs: string;
  json?: boolean;
  profile?: boolean;
  streamMb: string;
  cli: boolean;
}>();
const runs = Math.max(1, Number(opts.runs));
const rows: Row[] = [];
const emit = (row: Row): void => {
  rows.push(row);
  if (opts.json) process.stdout.write(JSON.stringify(row) + '\n');
  else process.stderr.write(`  measured ${row.figure}\n`);
};

const source = opts.corpus ? corpusFileUtterances(opts.corpus) : sourceUtterances(root);
const words = baselineWords();
const engine = new Engine();
const utterancesOf = (c: readonly Transcript[]): number =>
  c.reduce((n, t) => n + t.utterances.length, 0);

const mb = Number(opts.mb) * 1e6;
const scales = [1, 4, 16];
let base1 = 0;
for (const scale of scales) {
  const corpus = buildCorpus(source, mb * scale);
  const bytes = corpusBytes(corpus);
  const utterances = utterancesOf(corpus);
  // Baseline and analysis alternate run by run; the ratio is the median of the pairs'.
  const paired = pairedMs(
    () => baselineCount(corpus, words),
    // Each report is used and dropped, as a stream consumer does: keeping 16x of reports
    // alive (~12 bytes of report per byte of text) measured the old-generation GC instead.
    () => {
      let scores = 0;
      for (const t of corpus) scores += engine.analyze(t).sessionScore;
      return scores;
    },
    runs,
  );
  const row = (figure: string, ms: number): Row => ({
    figure,
    mbPerS: bytes / 1e6 / (ms / 1000),
    uttPerS: utterances / (ms / 1000),
    ms,
  });
  const base = row(`baseline (regex + ${words.size}-word set), ${scale}x`, paired.aMs);
  emit(base);
  emit({ ...row(`full analysis + report, ${scale}x`, paired.bMs), ratio: paired.ratio });
  if (scale === 1) base1 = base.mbPerS ?? 0;
}

// Each stage's own cost, timed around the stage inside the engine loop (the clock is ours:
// the engine reads none). Subtracting pipeline prefixes was too noisy on shared machines.
const corpus = buildCorpus(source, mb);
const stageIds = engine.stages.map((s) => s.id);
const stageCost: { id: string; ms: number }[] = [];
{
  const bytes = corpusBytes(corpus);
  const totals = new Float64Array(stageIds.length);
  const timing = { now: () => performance.now(), totals };
  corpus.forEach((t) => engine.analyzeUtterances(t, undefined, timing));
  totals.fill(0);
  for (let r = 0; r < runs; r++)
    corpus.forEach((t) => engine.analyzeUtterances(t, undefined, timing));
  stageIds.forEach((id, i) => {
    const ms = (totals[i] ?? 0) / runs;
    stageCost.push({ id, ms });
    const mbs = bytes / 1e6 / (Math.max(ms, 0.001) / 1000);
    emit({
      figure: `stage ${id} alone`,
      mbPerS: mbs,
      uttPerS: utterancesOf(corpus) / (Math.max(ms, 0.001) / 1000),
      ratio: mbs / base1,
      ms,
    });
  });
}
{
  const analysed = corpus.map((t) => [t, engine.analyzeUtterances(t)] as const);
  const ms = medianMs(() => analysed.map(([t, u]) => engine.report(t, u)), runs);
  stageCost.push({ id: 'report', ms });
  const bytes = corpusBytes(corpus);
  emit({
    figure: 'stage report alone',
    mbPerS: bytes / 1e6 / (ms / 1000),
    ratio: bytes / 1e6 / (ms / 1000) / base1,
    ms,
  });
}

// What each trained model adds to the full analysis, in time and memory.
const modelRows = modelCostRows(
  stageCost,
  utterancesOf(corpus),
  modelMemory(join(root, 'dist', 'bench')),
);
modelRows.forEach(emit);

// A one-hour session is about 10,000 words; warm, in-process.
{
  const session: Transcript = { utterances: [] };
  let wordsSoFar = 0;
  for (const t of buildCorpus(source, 200_000, 11)) {
    for (const u of t.utterances) {
      if (wordsSoFar >= 10_000) break;
      session.utterances.push({ ...u, index: session.utterances.length });
      wordsSoFar += u.text.split(/\s+/).length;
    }
  }
  const ms = medianMs(() => engine.analyze(session), Math.max(runs, 20));
  emit({
    figure: `one-hour session (${session.utterances.length} turns, ~10,000 words), warm`,
    ms,
  });
}

// The machine's own two-thread speed-up: the ceiling for the batch figures below.
for (const work of ['baseline', 'engine'] as const) {
  const ratio = await twoThreadSpeedUp(work, source, mb, Math.max(3, Math.ceil(runs / 2)));
  emit({ figure: `two threads vs one on this machine, ${work} in-process`, ratio });
}

if (opts.cli) {
  const streamMb = Number(opts.streamMb);
  await cliFigures({ cli, source, words, runs, streamMb, emit });
}

if (opts.profile) {
  const slowest = stageCost.reduce((a, b) => (b.ms > a.ms ? b : a));
  const only = new Set(stageIds.slice(0, stageIds.indexOf(slowest.id) + 1));
  const file = `bench-${slowest.id}.cpuprofile`;
  await profileTo(file, () => {
    for (let i = 0; i < 3; i++) {
      if (slowest.id === 'report') corpus.forEach((t) => engine.analyze(t));
      else corpus.forEach((t) => engine.analyzeUtterances(t, only));
    }
  });
  process.stderr.write(
    `wrote ${file} (slowest stage: ${slowest.id}); open it in Chrome DevTools\n`,
  );
}

emit({ figure: 'peak RSS of the bench process', peakRssMb: selfPeakRssMb() });
if (!opts.json) {
  printRows(rows.filter((r) => !modelRows.includes(r)));
  process.stdout.write('\n');
  printRows(modelRows);
}
