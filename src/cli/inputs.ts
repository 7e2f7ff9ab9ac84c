// Turns the paths on the command line into a list of inputs: files as given, folders walked
// recursively for transcript extensions, and `-` for standard input. Only names are listed
// here; nothing is read, so a huge folder or file costs nothing until its turn.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { IoError, UsageError, ioErrorFrom } from './errors.js';

/** Extensions we look for when walking a folder. */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = [
  '.txt',
  '.vtt',
  '.srt',
  '.json',
  '.csv',
  '.jsonl',
];

/** One thing to read: a file (by path and display name) or standard input. */
export type Input =
  | { kind: 'file'; path: string; name: string; fromFolder: boolean }
  | { kind: 'stdin'; name: string };

/** Display name of standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** Resolve command-line paths to inputs, in the order given (folders sorted by name). */
export async function resolveInputs(paths: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  let stdinSeen = false;
  for (const arg of paths) {
    if (arg === '-') {
      if (stdinSeen) throw new UsageError('"-" (standard input) can be given only once');
      stdinSeen = true;
      inputs.push({ kind: 'stdin', name: STDIN_NAME });
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch((error: unknown) => {
      throw ioErrorFrom(error, arg);
    });
    if (info.isDirectory()) {
      const before = inputs.length;
      await walk(path, arg, inputs);
      if (inputs.length === before) {
        throw new IoError(
          'EMPTY_DIR',
          `no transcripts in this folder (looked for ${TRANSCRIPT_EXTENSIONS.join(' ')})`,
          arg,
        );
      }
    } else {
      inputs.push({ kind: 'file', path, name: arg, fromFolder: false });
    }
  }
  return inputs;
}

/** Our own outputs (`x.alliance.html`) and hidden entries are skipped: re-running must not read them. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.includes('.alliance.');
}

async function walk(dir: string, shown: string, into: Input[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw ioErrorFrom(error, shown);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    const name = join(shown, entry.name);
    if (entry.isDirectory()) {
      await walk(path, name, into);
    } else if (TRANSCRIPT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      // The job stats the file itself before reading (size limit), so no stat here.
      if (entry.isFile() || entry.isSymbolicLink())
        into.push({ kind: 'file', path, name, fromFolder: true });
    }
  }
}

/** A `.jsonl` file (or any input when the user said jsonl) streams one transcript per line. */
export function isJsonl(name: string, inputFormat: string | undefined): boolean {
  if (inputFormat !== undefined) return inputFormat === 'jsonl';
  return extname(name).toLowerCase() === '.jsonl';
}
