// Writes a batch's results as they arrive, in input order: the summary table (text),
// a JSON array, JSON lines, CSV rows under one header, or one file per transcript.
import { resolve } from 'node:path';
import { worseExit } from './batch.js';
import type { CliIo } from './io.js';
import { Out } from './io.js';
import type { JobItem, JobResult, OutputFormat } from './job.js';
import { openOutFile, reportFileName, writeReportFile } from './output.js';
import { startProgress, type Progress } from './progress.js';
import { SummaryTable } from './table.js';

/** How a batch is written. */
export interface EmitOptions {
  format: OutputFormat;
  /** --out as given, if any. */
  out?: string;
  /** --out is a folder: one report file per transcript. */
  perFile: boolean;
  color: boolean;
  quiet: boolean;
  /** Number of inputs for the progress bar; unknown for streams. */
  total?: number;
}

/** Consume results in order and write them; returns the batch's exit code. */
export async function emitBatch(
  results: AsyncIterable<JobResult> | Iterable<JobResult>,
  options: EmitOptions,
  io: CliIo,
): Promise<number> {
  const toFile = options.out !== undefined && !options.perFile;
  const stdout = new Out(io.stdout);
  const sink = toFile
    ? await openOutFile(resolve(io.cwd, options.out ?? ''), options.out ?? '')
    : stdout;
  const writer = reportWriter(options, io.cwd, sink);
  const progress = await startProgress(io.stderr, options.total, !options.quiet);
  const table = new SummaryTable();
  const notices = new Notices();
  let exit = 0;
  try {
    for await (const result of results) {
      progress.tick();
      if (result.error !== undefined) {
        progress.log(result.error.message);
        exit = worseExit(exit, result.error.exitCode);
        table.failed++;
      }
      for (const item of result.items) {
        if (item.notice !== undefined && !options.quiet) notices.report(item, progress);
        table.add(item.row);
        await writer.item(item);
      }
    }
    await writer.end();
    progress.stop();
    const repeated = notices.summary();
    if (repeated !== undefined) io.stderr.write(`${repeated}\n`);
    if (writer.streamsReports) {
      if (!options.quiet || table.failed > 0) io.stderr.write(`${table.totals()}\n`);
    } else {
      // The table is the text batch's output: it follows --out FILE like any other format.
      await (toFile ? sink : stdout).write(table.render(options.color && !toFile));
      if (options.perFile) {
        io.stderr.write(`wrote ${writer.count()} report files to ${options.out ?? '.'}\n`);
      }
    }
  } finally {
    progress.stop();
    await sink.close();
  }
  return exit;
}

/** Writes each transcript's rendered report the way its format wants it. */
interface ReportWriter {
  /** True when reports go out as a stream (json/jsonl/csv) instead of a summary table. */
  streamsReports: boolean;
  item(item: JobItem): Promise<void>;
  end(): Promise<void>;
  count(): number;
}

function reportWriter(options: EmitOptions, cwd: string, sink: Out): ReportWriter {
  const { format, perFile } = options;
  let written = 0;
  const streamsReports = !perFile && (format === 'json' || format === 'jsonl' || format === 'csv');
  const write = async (item: JobItem): Promise<void> => {
    // Reports from workers arrive as UTF-8 bytes and are written without decoding.
    const report = item.encoded ?? item.rendered;
    if (perFile) {
      const dir = resolve(cwd, options.out ?? '.');
      await writeReportFile(dir, reportFileName(item.name, format), report);
    } else if (format === 'json') {
      await sink.write(written === 0 ? '[\n' : ',\n');
      await sink.write(report);
    } else if (format === 'jsonl') {
      await sink.write(report);
      await sink.write('\n');
    } else if (format === 'csv') {
      await sink.write(written === 0 ? report : withoutHeader(report));
    }
  };
  return {
    streamsReports,
    item: async (item) => {
      await write(item);
      written++;
    },
    end: async () => {
      if (streamsReports && format === 'json') await sink.write(written === 0 ? '[]\n' : '\n]\n');
    },
    count: () => written,
  };
}

/**
 * Role notices in a batch: each distinct assignment is printed once, repeats are counted,
 * so a corpus with the same two speakers throughout does not print a line per transcript.
 */
class Notices {
  private readonly seen = new Set<string>();
  private repeats = 0;

  report(item: JobItem, progress: Progress): void {
    const notice = item.notice ?? '';
    if (this.seen.has(notice)) {
      this.repeats++;
      return;
    }
    // Bounded: past the cap new assignments still print, they are just not remembered.
    if (this.seen.size < 1000) this.seen.add(notice);
    progress.log(`${item.name}: ${notice}`);
  }

  summary(): string | undefined {
    if (this.repeats === 0) return undefined;
    return `roles were detected the same way in ${this.repeats} more transcript${this.repeats === 1 ? '' : 's'}`;
  }
}

/** Every transcript's CSV comes with its header; keep only the first one in a batch. */
export function withoutHeader(csv: string | Uint8Array): string | Uint8Array {
  // A newline byte never occurs inside a multi-byte UTF-8 sequence, so bytes split safely.
  if (typeof csv === 'string') {
    const nl = csv.indexOf('\n');
    return nl === -1 ? '' : csv.slice(nl + 1);
  }
  const nl = csv.indexOf(10);
  return nl === -1 ? csv.subarray(0, 0) : csv.subarray(nl + 1);
}
