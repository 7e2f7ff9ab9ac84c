// Where reports go: stdout, a file (--out FILE), or one file per transcript (--out DIR).
import { createWriteStream, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ioErrorFrom } from './errors.js';
import type { OutputFormat } from './job.js';
import { Out } from './io.js';

/** File extension for each report format. */
export const EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  text: 'txt',
  json: 'json',
  jsonl: 'jsonl',
  md: 'md',
  html: 'html',
  csv: 'csv',
};

/** True when --out names an existing folder (or ends with a slash). */
export function isDirectoryTarget(out: string, cwd: string): boolean {
  if (out.endsWith('/')) return true;
  try {
    return statSync(resolve(cwd, out)).isDirectory();
  } catch {
    return false;
  }
}

/** `session.vtt` -> `session.alliance.html`; other characters that cannot be in a name become `_`. */
export function reportFileName(name: string, format: OutputFormat): string {
  const stem = basename(name.replace(/[:#]/g, '_'), extname(name));
  const safe = stem.replace(/[^\w.-]/g, '_') || 'transcript';
  return `${safe}.alliance.${EXTENSIONS[format]}`;
}

/** Write a whole report file; folders on the way are created. */
export async function writeReportFile(
  dir: string,
  file: string,
  content: string | Uint8Array,
): Promise<string> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw ioErrorFrom(error, dir);
  });
  const path = join(dir, file);
  await writeFile(path, content).catch((error: unknown) => {
    throw ioErrorFrom(error, path);
  });
  return path;
}

/** An output stream to a file, surfacing open errors (permission, missing folder) as IoError. */
export async function openOutFile(path: string, shown: string): Promise<Out> {
  const stream = createWriteStream(path);
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (error) => fail(ioErrorFrom(error, shown)));
  });
  return new Out(stream, true);
}
