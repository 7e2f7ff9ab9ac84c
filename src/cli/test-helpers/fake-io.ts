// In-memory stdio for running `main` in-process, plus a temp folder of transcripts we wrote.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

/** Collected output of one in-process run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Run the CLI in-process in `cwd`, with `stdin` as standard input. */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  stdin: string | Uint8Array = '',
  env: Record<string, string> = {},
): Promise<RunResult> {
  const out = collector();
  const err = collector();
  const io: CliIo = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([Buffer.from(stdin)]),
    env,
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A fresh temp folder holding `files` (relative path -> content). */
export async function tempFiles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'alliance-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return dir;
}

/** A short session we wrote; "Zanzibar" lets tests check that no content leaks into errors. */
export const SESSION_TXT = [
  'Therapist: What would you like us to work on today?',
  'Client: My trip to Zanzibar fell through and everything feels pointless.',
  'Therapist: It sounds like that loss hit hard. How have we handled setbacks before?',
  'Client: I always give up. But I want to try this time.',
  'Therapist: As you start planning again, what will you notice first?',
  '',
].join('\n');

/** The same kind of session as WebVTT with voice tags and unlabelled names. */
export const SESSION_VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '<v Dr Okafor>What brings you here this week?',
  '',
  '00:00:04.500 --> 00:00:09.000',
  '<v Robin>I never get anything right at work, and Zanzibar is off.',
  '',
  '00:00:09.500 --> 00:00:13.000',
  '<v Dr Okafor>So the week has felt like one failure after another.',
  '',
  '00:00:13.500 --> 00:00:16.000',
  '<v Robin>Yes. I want that to change.',
  '',
].join('\n');

/** One transcript per line in our JSON schema, `n` lines with ids t0..t(n-1). */
export function jsonlStream(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      JSON.stringify({
        version: 1,
        id: `t${i}`,
        utterances: [
          { speaker: 'Ana', role: 'therapist', text: `How did week ${i} go for us?` },
          {
            speaker: 'Ben',
            role: 'client',
            text: 'Nothing ever goes my way, but I will keep going.',
          },
          {
            speaker: 'Ana',
            role: 'therapist',
            text: 'You kept going even so; that was your doing.',
          },
        ],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
