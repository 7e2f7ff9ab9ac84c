// Timing helpers for the bench: median of repeated runs, and peak RSS of child processes
// read from /proc (Node gives no rusage for a child).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time in ms of `runs` calls of fn (after one warm-up call). */
export function medianMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Medians of two timings taken in alternation, and the median of their per-pair ratio. */
export interface Paired {
  aMs: number;
  bMs: number;
  /** Median over the pairs of aMs / bMs: what `b` achieves as a share of `a`'s speed. */
  ratio: number;
}

/**
 * Time `a` and `b` alternately `runs` times (after one warm-up call each). On a shared
 * machine, load that comes and goes then hits both sides of each pair alike; timing all
 * runs of one and then all of the other let a burst of load land on one side only.
 */
export function pairedMs(a: () => unknown, b: () => unknown, runs: number): Paired {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    as.push(t1 - t0);
    bs.push(t2 - t1);
    ratios.push((t1 - t0) / (t2 - t1));
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(ratios) };
}

/** Result of running a command: wall ms, exit code and peak RSS in MB (Linux; 0 elsewhere). */
export interface ChildRun {
  ms: number;
  code: number | null;
  peakRssMb: number;
}

function vmHwmKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+)/.exec(status);
    return m?.[1] === undefined ? 0 : Number(m[1]);
  } catch {
    return 0;
  }
}

/** Run a command with stdout discarded, polling its high-water RSS every 50 ms. */
export function runChild(command: string, args: string[], stdinFile?: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      stdio: [stdinFile ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 2000) stderr += d.toString();
    });
    const timer = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, vmHwmKb(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0)
        process.stderr.write(`bench: ${command} ${args.join(' ')} exited ${code}: ${stderr}\n`);
      resolve({ ms: performance.now() - t0, code, peakRssMb: peak / 1024 });
    });
    if (stdinFile && child.stdin) {
      import('node:fs')
        .then(({ createReadStream }) => createReadStream(stdinFile).pipe(child.stdin!))
        .catch(reject);
    }
  });
}

/** Peak RSS of this process so far, in MB. */
export function selfPeakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
