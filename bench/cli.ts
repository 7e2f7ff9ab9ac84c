// The CLI figures of the performance issue: start to first report, a folder of 400
// transcripts with 1 and 2 jobs against the read+count baseline over the same files, and
// the peak RSS of a JSONL stream. Every child writes to /dev/null (stdout ignored), so a
// pipe never sets the pace; runs are interleaved (1 job, 2 jobs, 1 job...) and medians
// taken, so that load from other processes hits both sides alike.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript, Utterance } from '../src/transcript/index.js';
import { baselineCount } from './baseline.js';
import { buildCorpus } from './corpus.js';
import { median, medianMs, runChild, type ChildRun } from './measure.js';
import type { Row } from './table.js';

/** Where the baseline process finds its word set, in the bench's temporary folder. */
const WORDS_FILE = 'baseline-words.txt';
/** The baseline as a process (bench/baseline-cli.ts, built beside this file). */
const baselineCli = fileURLToPath(new URL('./baseline-cli.js', import.meta.url));

/** What the CLI figures need from the bench run. */
export interface CliBench {
  cli: string;
  source: readonly Utterance[];
  words: ReadonlySet<string>;
  runs: number;
  streamMb: number;
  emit: (row: Row) => void;
}

/** Measure and emit every CLI figure. */
export async function cliFigures(b: CliBench): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-bench-'));
  try {
    await startUp(b, dir);
    // The baseline process reads its word set from here (deriving it would load the engine).
    writeFileSync(join(dir, WORDS_FILE), [...b.words].join('\n'));
    // AnnoMI-sized sessions (the folder), then hour-long ones: the same count of
    // files with ~6x the text, where start-up and warm-up weigh less against the work.
    await folder(b, dir, { files: 400, turns: 120, what: '120-turn sessions' });
    await folder(b, dir, { files: 400, turns: 770, what: 'one-hour sessions' });
    if (b.streamMb > 0) await stream(b, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startUp(b: CliBench, dir: string): Promise<void> {
  const small = join(dir, 'small.txt');
  writeFileSync(small, toTxt(buildCorpus(b.source, 3000, 3)[0] as Transcript));
  const cli: number[] = [];
  const node: number[] = [];
  // Node's own start, measured alongside: the CLI's figure means little without it.
  for (let i = 0; i < Math.max(b.runs, 7); i++) {
    cli.push((await runChild(process.execPath, [b.cli, 'analyze', small, '--format', 'json'])).ms);
    node.push((await runChild(process.execPath, ['-e', '0'])).ms);
  }
  b.emit({ figure: 'CLI start to first report, one small file', ms: median(cli) });
  b.emit({ figure: "Node's own start (node -e 0), same run", ms: median(node) });
}

/** A folder to analyse: how many files of how many turns, and how to name them in rows. */
interface FolderShape {
  files: number;
  turns: number;
  what: string;
}

async function folder(b: CliBench, dir: string, shape: FolderShape): Promise<void> {
  const sessions = join(dir, `sessions-${shape.turns}`);
  mkdirSync(sessions);
  // Turns average ~75 characters: this many bytes yields at least `files` full sessions.
  buildCorpus(b.source, shape.files * shape.turns * 100, 5, shape.turns)
    .slice(0, shape.files)
    .forEach((t, i) =>
      writeFileSync(join(sessions, `s${String(i).padStart(3, '0')}.txt`), toTxt(t)),
    );
  const names = readdirSync(sessions);
  const bytes = names.reduce((n, f) => n + readFileSync(join(sessions, f)).length, 0);
  const baseMs = medianMs(() => {
    let hits = 0;
    for (const f of names) {
      const text = readFileSync(join(sessions, f), 'utf8');
      const utterance = { index: 0, role: 'client', speaker: 'C', text } as const;
      hits += baselineCount([{ utterances: [utterance] }], b.words);
    }
    return hits;
  }, b.runs);
  const baseMbs = bytes / 1e6 / (baseMs / 1000);
  b.emit({
    figure: `baseline over ${names.length} ${shape.what} (read + count)`,
    mbPerS: baseMbs,
    ms: baseMs,
  });
  const wordsFile = join(dir, WORDS_FILE);
  const runs: Record<1 | 2, ChildRun[]> = { 1: [], 2: [] };
  const asProcess: ChildRun[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(b.runs / 2)); i++) {
    for (const jobs of [1, 2] as const) {
      const args = [b.cli, 'analyze', sessions, '--format', 'jsonl', '--jobs', String(jobs), '-q'];
      runs[jobs].push(await runChild(process.execPath, args));
    }
    asProcess.push(await runChild(process.execPath, [baselineCli, sessions, wordsFile]));
  }
  const processMs = median(asProcess.map((r) => r.ms));
  b.emit({
    figure: `baseline over ${names.length} ${shape.what}, as its own process`,
    mbPerS: bytes / 1e6 / (processMs / 1000),
    ms: processMs,
  });
  for (const jobs of [1, 2] as const) {
    const ms = median(runs[jobs].map((r) => r.ms));
    const mbs = bytes / 1e6 / (ms / 1000);
    b.emit({
      figure: `alliance analyze on ${names.length} ${shape.what}, --jobs ${jobs}`,
      mbPerS: mbs,
      ratio: mbs / baseMbs,
      ms,
      peakRssMb: Math.max(...runs[jobs].map((r) => r.peakRssMb)),
    });
  }
  const one = median(runs[1].map((r) => r.ms));
  const two = median(runs[2].map((r) => r.ms));
  b.emit({
    figure: `alliance --jobs 1 on ${shape.what} against the baseline process`,
    ratio: processMs / one,
  });
  b.emit({ figure: `batch speed-up on ${shape.what}, 2 jobs vs 1`, ratio: one / two });
}

async function stream(b: CliBench, dir: string): Promise<void> {
  const jsonl = join(dir, 'stream.jsonl');
  const fd = openSync(jsonl, 'w');
  let written = 0;
  let seed = 100;
  while (written < b.streamMb * 1e6) {
    for (const t of buildCorpus(b.source, 8_000_000, seed++)) {
      const line = JSON.stringify({ version: 1, utterances: t.utterances }) + '\n';
      writeSync(fd, line);
      written += line.length;
      if (written >= b.streamMb * 1e6) break;
    }
  }
  closeSync(fd);
  const run = await runChild(process.execPath, [b.cli, 'analyze', jsonl, '--format', 'jsonl']);
  b.emit({
    figure: `JSONL stream of ${b.streamMb} MB through the CLI`,
    mbPerS: written / 1e6 / (run.ms / 1000),
    ms: run.ms,
    peakRssMb: run.peakRssMb,
  });
}

function toTxt(t: Transcript): string {
  return (
    t.utterances.map((u) => `${u.role === 'therapist' ? 'T' : 'C'}: ${u.text}`).join('\n') + '\n'
  );
}
