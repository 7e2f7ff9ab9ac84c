// The engine: compiles lexicons once, then runs the pipeline over a transcript's
// utterances with reused buffers. Pure: no clock, no I/O.
import { LexiconMatcher } from '../lexicons/index.js';
import { HashSet } from '../text/index.js';
import { emptyCounts, type Finding, type UtteranceContext } from '../markers/types.js';
import { buildReport, type Report, type ReportOptions } from '../report/index.js';
import type { Transcript, Utterance } from '../transcript/types.js';
import type { UtteranceAnalysis } from './types.js';
import {
  allLexicons,
  buildStages,
  createBuffers,
  type Stage,
  type StageOptions,
} from './pipeline.js';

/**
 * Engine options: other label models (per-fold evaluation), a feature observer (training),
 * another or no distortion model (the bench's cost of each model).
 */
export type EngineOptions = StageOptions;

/**
 * Stable insertion sort by start offset. Turns have a handful of findings, mostly already
 * in order; Array.prototype.sort with a comparator cost more than a rule family.
 */
export function sortByStart(findings: Finding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i] as Finding;
    let j = i - 1;
    while (j >= 0 && (findings[j] as Finding).start > f.start) {
      findings[j + 1] = findings[j] as Finding;
      j--;
    }
    findings[j + 1] = f;
  }
}

/** A clock and per-stage accumulators (ms), indexed like the stages that ran. */
export interface StageTiming {
  now: () => number;
  totals: Float64Array;
}

function timeStages(
  runs: readonly ((ctx: UtteranceContext) => void)[],
  ctx: UtteranceContext,
  timing: StageTiming,
): void {
  let t0 = timing.now();
  for (let i = 0; i < runs.length; i++) {
    runs[i]?.(ctx);
    const t1 = timing.now();
    timing.totals[i] = (timing.totals[i] ?? 0) + (t1 - t0);
    t0 = t1;
  }
}

/** A compiled engine; reuse one for many transcripts. */
export class Engine {
  readonly matcher: LexiconMatcher;
  readonly stages: readonly Stage[];
  private readonly buffers = createBuffers();
  private readonly otherHashes = new HashSet();
  private readonly currentHashes = new HashSet();

  constructor(options: EngineOptions = {}) {
    this.matcher = new LexiconMatcher(allLexicons);
    this.stages = buildStages(this.matcher, options);
  }

  /**
   * Run the per-utterance stages (optionally only some of them, for the bench). With a
   * `timing`, each stage's time is added to `timing.totals[stageIndex]`; the engine reads no
   * clock itself, so the caller supplies one.
   */
  analyzeUtterances(
    transcript: Transcript,
    only?: ReadonlySet<string>,
    timing?: StageTiming,
  ): UtteranceAnalysis[] {
    const results: UtteranceAnalysis[] = [];
    let previous: Utterance | undefined;
    // The reflection context is the most recent run of turns by someone else: two reused
    // sets swap roles whenever the speaker's role changes.
    let other = this.otherHashes;
    let current = this.currentHashes;
    other.clear();
    current.clear();
    let currentRole: string | undefined;
    const runs = (only === undefined ? this.stages : this.stages.filter((s) => only.has(s.id))).map(
      (s) => s.run,
    );
    for (const utterance of transcript.utterances) {
      if (utterance.role !== currentRole) {
        const swap = other;
        other = current;
        current = swap;
        current.clear();
        currentRole = utterance.role;
      }
      const ctx: UtteranceContext = {
        utterance,
        tokens: this.buffers.tokens,
        matches: this.buffers.matches,
        matcher: this.matcher,
        previous,
        previousOtherHashes: other,
        findings: [],
        counts: emptyCounts(),
        labels: { because: [] },
      };
      if (timing === undefined) for (const run of runs) run(ctx);
      else timeStages(runs, ctx, timing);
      const { tokens } = ctx;
      current.addAll(tokens.hash, tokens.count);
      if (ctx.findings.length > 1) sortByStart(ctx.findings);
      const result: UtteranceAnalysis = {
        index: utterance.index,
        speaker: utterance.speaker,
        role: utterance.role,
        text: utterance.text,
        labels: ctx.labels,
        findings: ctx.findings,
        counts: ctx.counts,
      };
      if (utterance.start !== undefined) result.start = utterance.start;
      if (utterance.end !== undefined) result.end = utterance.end;
      results.push(result);
      previous = utterance;
    }
    return results;
  }

  /** Analyse a transcript into the full session report. */
  analyze(transcript: Transcript, options: ReportOptions = {}): Report {
    return this.report(transcript, this.analyzeUtterances(transcript), options);
  }

  /** Build the report from utterances already analysed (the last stage, kept apart for the bench). */
  report(
    transcript: Transcript,
    utterances: UtteranceAnalysis[],
    options: ReportOptions = {},
  ): Report {
    return buildReport(transcript, utterances, options);
  }
}

let shared: Engine | undefined;

/** The lazily built engine behind `analyze`. */
export function defaultEngine(): Engine {
  shared ??= new Engine();
  return shared;
}

/** Analyse a transcript into a session report. Pure; runs in Node, workers and browsers. */
export function analyze(transcript: Transcript, options: ReportOptions = {}): Report {
  return defaultEngine().analyze(transcript, options);
}
