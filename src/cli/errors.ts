// The CLI's error hierarchy. Every failure becomes exactly one line on stderr and one exit
// code, decided here and nowhere else, so that scripts can rely on the codes.
import { TranscriptParseError } from '../transcript/errors.js';

/** Exit code: success. */
export const EXIT_OK = 0;
/** Exit code: a bug or something we did not foresee. */
export const EXIT_INTERNAL = 1;
/** Exit code: the user gave us something we cannot use (flags, files, transcript content). */
export const EXIT_BAD_INPUT = 2;

/** Base of every error the CLI raises on purpose; `code` tags the kind. */
export abstract class CliError extends Error {
  abstract readonly code: 'usage' | 'input' | 'io' | 'output_closed';
  /** Where it happened (`file` or `file:line`), if anywhere. */
  abstract where(): string | undefined;
}

/** Wrong flags or arguments. */
export class UsageError extends CliError {
  readonly code = 'usage';
  override readonly name = 'UsageError';
  where(): undefined {
    return undefined;
  }
}

/** A transcript (or evaluation file) that could not be read: wraps the engine's parse error. */
export class InputError extends CliError {
  readonly code = 'input';
  override readonly name = 'InputError';
  /** `parseCode` is the engine's code (`binary`, `too_large`, ...), kept for tests and JSON. */
  constructor(
    readonly parseCode: string,
    message: string,
    readonly source: string | undefined,
    readonly line?: number,
  ) {
    super(message);
  }
  /** Lift the engine's typed error, overriding its source/line when we know better. */
  static from(error: TranscriptParseError, source?: string, line?: number): InputError {
    const src = source ?? error.source;
    const at = line ?? error.line;
    return new InputError(error.code, error.detail, src, at);
  }
  where(): string | undefined {
    if (this.source === undefined) return undefined;
    return this.line === undefined ? this.source : `${this.source}:${this.line}`;
  }
}

/** The file system said no: missing file, permission, a folder with nothing to read. */
export class IoError extends CliError {
  readonly code = 'io';
  override readonly name = 'IoError';
  /** `reason` is the errno-like cause (ENOENT, EACCES, EMPTY_DIR...). */
  constructor(
    readonly reason: string,
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
  where(): string {
    return this.path;
  }
}

/** Stdout was closed by the reader (`| head`): stop quietly, it is not a failure. */
export class OutputClosed extends CliError {
  readonly code = 'output_closed';
  override readonly name = 'OutputClosed';
  constructor() {
    super('output closed');
  }
  where(): undefined {
    return undefined;
  }
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};

/** Turn a Node fs error into an IoError without Node's own message (it can be long or odd). */
export function ioErrorFrom(error: unknown, path: string): CliError {
  const errno = errnoOf(error);
  if (errno === undefined) throw error;
  return new IoError(errno, ERRNO_TEXT[errno] ?? `cannot read (${errno})`, path);
}

/** The errno code of a Node system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && code.startsWith('E') ? code : undefined;
}

/** Normalise anything thrown into a CliError where we can (parse errors become InputError). */
export function toCliError(error: unknown, source?: string, line?: number): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof TranscriptParseError) return InputError.from(error, source, line);
  // Modules built in parallel (eval) may throw their own typed parse errors: accept the shape.
  if (isParseErrorLike(error)) return new InputError(error.code, error.detail, source, line);
  return error;
}

function isParseErrorLike(error: unknown): error is { code: string; detail: string } {
  return (
    error instanceof Error &&
    error.name === 'TranscriptParseError' &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { detail?: unknown }).detail === 'string'
  );
}

/** The one place that maps errors to exit codes. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof OutputClosed) return EXIT_OK;
  if (error instanceof CliError) return EXIT_BAD_INPUT;
  return EXIT_INTERNAL;
}

/**
 * One line, no stack: `alliance: where: message`. Unknown errors show only their class,
 * because a library's message can quote the input (JSON.parse does); the stack and message
 * come with ALLIANCE_DEBUG=1.
 */
export function formatError(error: unknown, debug = false): string {
  if (error instanceof OutputClosed) return '';
  if (error instanceof CliError) {
    const where = error.where();
    const line = `alliance: ${where === undefined ? '' : `${where}: `}${error.message}`;
    return debug && error.stack !== undefined ? `${line}\n${error.stack}` : line;
  }
  const kind = error instanceof Error ? error.name : typeof error;
  const line = `alliance: internal error (${kind}); run with ALLIANCE_DEBUG=1 for details`;
  if (!debug) return line;
  return `${line}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
