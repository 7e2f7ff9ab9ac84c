// Progress on stderr, only for a terminal. Other stderr lines (errors, role notices) go
// through `log` so they do not tear the bar.
import type { OutStream } from './io.js';

/** Counts finished inputs; `log` prints a line above the bar. */
export interface Progress {
  tick(): void;
  log(line: string): void;
  stop(): void;
}

/** A progress that only forwards log lines (not a TTY, or --quiet). */
export function plainProgress(stderr: OutStream): Progress {
  return {
    tick: () => undefined,
    log: (line) => void stderr.write(`${line}\n`),
    stop: () => undefined,
  };
}

/** A cli-progress bar when stderr is a terminal; loaded lazily to keep start-up fast. */
export async function startProgress(
  stderr: OutStream,
  total: number | undefined,
  enabled: boolean,
): Promise<Progress> {
  if (!enabled || stderr.isTTY !== true) return plainProgress(stderr);
  const { default: cliProgress } = await import('cli-progress');
  const format =
    total === undefined
      ? ' {value} transcripts analysed'
      : ' {bar} {percentage}% | {value}/{total} inputs | {eta_formatted} left';
  const multi = new cliProgress.MultiBar(
    { stream: stderr, format, hideCursor: true, clearOnComplete: true, fps: 10 },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total ?? 0, 0);
  let running = true;
  return {
    tick: () => bar.increment(),
    log: (line) => (running ? multi.log(`${line}\n`) : void stderr.write(`${line}\n`)),
    // Stopped on success and again on failure paths; the second call must do nothing.
    stop: () => {
      if (running) multi.stop();
      running = false;
    },
  };
}
