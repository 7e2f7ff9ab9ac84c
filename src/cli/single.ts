// Output of a one-transcript run: the full report to stdout, to --out FILE, or into
// --out FOLDER under the transcript's name.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AnalyzeFlags } from './analyze.js';
import { ioErrorFrom } from './errors.js';
import { Out, type CliIo } from './io.js';
import type { JobResult } from './job.js';
import { reportFileName, writeReportFile } from './output.js';

/** Write one transcript's report (or its one-line error); returns the exit code. */
export async function writeSingle(
  result: JobResult,
  flags: AnalyzeFlags,
  io: CliIo,
  outDir: boolean,
): Promise<number> {
  if (result.error !== undefined) {
    io.stderr.write(`${result.error.message}\n`);
    return result.error.exitCode;
  }
  const [item] = result.items;
  if (item === undefined) return 0;
  if (item.notice !== undefined && flags.quiet !== true)
    io.stderr.write(`${item.name}: ${item.notice}\n`);
  const content = item.rendered.endsWith('\n') ? item.rendered : `${item.rendered}\n`;
  if (flags.out === undefined) {
    await new Out(io.stdout).write(content);
    return 0;
  }
  let path: string;
  if (outDir) {
    path = await writeReportFile(
      resolve(io.cwd, flags.out),
      reportFileName(item.name, flags.format),
      content,
    );
  } else {
    path = resolve(io.cwd, flags.out);
    await writeFile(path, content).catch((error: unknown) => {
      throw ioErrorFrom(error, flags.out ?? path);
    });
  }
  if (flags.quiet !== true) io.stderr.write(`wrote ${path}\n`);
  return 0;
}
