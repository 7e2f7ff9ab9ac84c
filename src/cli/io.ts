// The CLI's streams are injected so that tests run `main` in-process with fake stdio;
// `nodeIo` is the only place that touches the real process streams.
import type { Readable, Writable } from 'node:stream';
import { OutputClosed, errnoOf } from './errors.js';

/** A writable that may be a terminal. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };
/** A readable that may be a terminal. */
export type InStream = Readable & { isTTY?: boolean };

/** Everything the CLI reads from or writes to outside the file system. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** The real process streams. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Writes with backpressure: awaits 'drain' so a slow reader slows the batch instead of
 * growing memory. A closed pipe (EPIPE) turns every later write into OutputClosed, which
 * ends the run quietly.
 */
export class Out {
  private closed = false;

  /** `owned` streams (files we opened) are ended by `close`; stdout is left open. */
  constructor(
    readonly stream: OutStream,
    private readonly owned = false,
  ) {
    stream.on('error', (error: unknown) => {
      if (errnoOf(error) === 'EPIPE' || errnoOf(error) === 'ERR_STREAM_DESTROYED') {
        this.closed = true;
      }
    });
  }

  /** Write a chunk (text, or bytes already UTF-8); resolves when the stream can take more. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || this.stream.destroyed) throw new OutputClosed();
    if (chunk.length === 0) return;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
    if (this.closed) throw new OutputClosed();
  }

  /** Flush and close a file we opened; a no-op for stdout. */
  async close(): Promise<void> {
    if (!this.owned) return;
    await new Promise<void>((resolve) => this.stream.end(resolve));
  }
}

/** Colour only for a terminal, and never when NO_COLOR is set (no-color.org) or --no-color. */
export function useColor(io: CliIo, flag: boolean): boolean {
  const noColor = io.env.NO_COLOR;
  return flag && io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
