// `alliance demo` (what `npm start` runs): the bundled demo session through the whole engine,
// its text report on stdout and its HTML page written to a file.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ioErrorFrom } from './errors.js';
import { Out, useColor, type CliIo } from './io.js';
import { processJob, type JobSettings } from './job.js';
import { packageRoot } from './package.js';

/** Where the demo transcript lives, relative to the package root (not the current folder). */
export const DEMO_TRANSCRIPT = 'examples/demo-session.txt';

/** Run the demo; returns the exit code. */
export async function runDemo(flags: { out: string; color: boolean }, io: CliIo): Promise<number> {
  const path = fileURLToPath(new URL(DEMO_TRANSCRIPT, packageRoot()));
  const job = { kind: 'file', path, name: DEMO_TRANSCRIPT } as const;
  const base: JobSettings = {
    format: 'text',
    parse: {},
    color: useColor(io, flags.color),
    batch: false,
    perFile: false,
    debug: io.env.ALLIANCE_DEBUG === '1',
  };
  // The demo is one small file: parsing it twice costs less than plumbing two renders through.
  const [text, html] = await Promise.all([
    processJob(job, base),
    processJob(job, { ...base, format: 'html', color: false }),
  ]);
  const failed = text.error ?? html.error;
  if (failed !== undefined) {
    io.stderr.write(`${failed.message}\n`);
    return failed.exitCode;
  }
  const report = text.items[0]?.rendered ?? '';
  const out = new Out(io.stdout);
  await out.write(report.endsWith('\n') ? report : `${report}\n`);
  const target = resolve(io.cwd, flags.out);
  await writeFile(target, html.items[0]?.rendered ?? '').catch((error: unknown) => {
    throw ioErrorFrom(error, flags.out);
  });
  await out.write(`\nHTML report written to ${target}\n`);
  return 0;
}
