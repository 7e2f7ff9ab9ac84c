// End to end through `main`, in-process: every bad input gives one line and exit 2, formats
// by flag, batches over a folder, a JSONL stream and standard input.
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  jsonlStream,
  runCli,
  SESSION_TXT,
  SESSION_VTT,
  tempFiles,
} from './test-helpers/fake-io.js';

let dir: string;

beforeAll(async () => {
  dir = await tempFiles({
    'session.txt': SESSION_TXT,
    'session.vtt': SESSION_VTT,
    'empty.txt': '',
    'binary.txt': Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256),
    'latin1.txt': Buffer.concat([
      Buffer.from('Therapist: Hello.\nClient: Zanzibar caf'),
      Buffer.from([0xe9, 0x0a]),
    ]),
    'broken.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\n<v Dr Okafor>Zanzibar is lovely.\n',
    'stream.jsonl': jsonlStream(5),
    'bad-line.jsonl': `${jsonlStream(1)}{"version":1,"utterances":"Zanzibar"}\n${jsonlStream(1)}`,
    'folder/a.txt': SESSION_TXT,
    'folder/nested/b.vtt': SESSION_VTT,
    'folder/notes.md': '# not a transcript',
    'folder/old.alliance.json': '{}',
    'mixed/good.txt': SESSION_TXT,
    'mixed/bad.txt': '',
    'nothing/readme.md': 'no transcripts here',
    // Two sessions in one CSV, told apart by transcript_id (AnnoMI's column names).
    'two.csv': [
      'transcript_id,utterance_id,interlocutor,utterance_text',
      '7,0,therapist,What would you like us to look at today?',
      '7,1,client,I always feel behind at work.',
      '9,0,therapist,How did the walk go this week?',
      '9,1,client,Better than I expected. I want to keep going.',
      '',
    ].join('\n'),
  });
  // A sparse 1 GB file: costs no disk, and must be refused from its size alone.
  await writeFile(join(dir, 'huge.txt'), '');
  await truncate(join(dir, 'huge.txt'), 1024 ** 3);
});

describe('bad input: one line on stderr, exit 2, no transcript content', () => {
  it.each([
    ['missing file', ['analyze', 'nope.txt'], /^alliance: nope\.txt: no such file or folder$/],
    ['empty file', ['analyze', 'empty.txt'], /^alliance: empty\.txt(:\d+)?: .*empty/],
    ['binary file', ['analyze', 'binary.txt'], /^alliance: binary\.txt(:\d+)?: .*(binary|text)/],
    ['not UTF-8', ['analyze', 'latin1.txt'], /^alliance: latin1\.txt(:\d+)?: .*UTF-8/],
    ['broken VTT timestamp', ['analyze', 'broken.vtt'], /^alliance: broken\.vtt:\d+: /],
    [
      'unknown --therapist',
      ['analyze', 'session.vtt', '--therapist', 'Dr Who'],
      /^alliance: session\.vtt(:\d+)?: .*Dr Who/,
    ],
    ['1 GB file', ['analyze', 'huge.txt'], /^alliance: huge\.txt: .*(limit|large)/],
    [
      'folder without transcripts',
      ['analyze', 'nothing'],
      /^alliance: nothing: no transcripts in this folder/,
    ],
    [
      'unknown option',
      ['analyze', 'session.txt', '--shiny'],
      /^alliance: unknown option '--shiny'/,
    ],
    [
      'bad --format',
      ['analyze', 'session.txt', '--format', 'pdf'],
      /^alliance: option .*--format.* argument 'pdf' is invalid/,
    ],
    [
      'bad --jobs',
      ['analyze', 'session.txt', '--jobs', '0'],
      /^alliance: option .*--jobs.*whole number/,
    ],
    ['no paths', ['analyze'], /^alliance: missing required argument 'paths'/],
    ['unknown command', ['analyse-this'], /^alliance: unknown command 'analyse-this'/],
    [
      'html batch without --out',
      ['analyze', 'folder', '--format', 'html'],
      /^alliance: --format html with several transcripts needs --out FOLDER$/,
    ],
    [
      'eval file missing',
      ['eval', 'distortions', 'nope.csv'],
      /^alliance: nope\.csv: no such file or folder$/,
    ],
    ['eval binary file', ['eval', 'annomi', 'binary.txt'], /^alliance: binary\.txt(:\d+)?: /],
    [
      'bad --cv on eval distortions',
      ['eval', 'distortions', 'session.txt', '--cv', '0'],
      /^alliance: option .*--cv.*whole number/,
    ],
    [
      'eval crisis without --text',
      ['eval', 'crisis', 'session.txt', '--label', 'l', '--positive', 'x'],
      /^alliance: required option '--text <col>' not specified$/,
    ],
  ])('%s', async (_name, argv, pattern) => {
    const started = performance.now();
    const { code, stdout, stderr } = await runCli(argv, dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toContain('Zanzibar');
    expect(stderr).not.toMatch(/\n\s+at /);
    // Nothing here may read a big file or hang.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('shows the stack only with ALLIANCE_DEBUG=1', async () => {
    const { stderr } = await runCli(['analyze', 'nope.txt'], dir, '', { ALLIANCE_DEBUG: '1' });
    expect(stderr.split('\n')[0]).toBe('alliance: nope.txt: no such file or folder');
    expect(stderr).toMatch(/\n\s+at /);
  });
});

describe('one transcript', () => {
  it.each([
    ['text', (out: string) => expect(out.length).toBeGreaterThan(0)],
    ['json', (out: string) => expect(JSON.parse(out)).toHaveProperty('schemaVersion')],
    ['jsonl', (out: string) => expect(out.trimEnd().split('\n')).toHaveLength(1)],
    ['md', (out: string) => expect(out.length).toBeGreaterThan(0)],
    ['html', (out: string) => expect(out).toMatch(/<(html|pre)/i)],
  ])('--format %s writes the report to stdout', async (format, check) => {
    const { code, stdout, stderr } = await runCli(
      ['analyze', 'session.txt', '--format', format],
      dir,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    check(stdout);
  });

  it('says which speaker was taken as which role when it guessed', async () => {
    const { code, stderr } = await runCli(['analyze', 'session.vtt', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'session.vtt: took "Dr Okafor" as therapist, "Robin" as client (detected; use --therapist/--client to change)\n',
    );
  });

  it('is quiet about roles the user gave', async () => {
    const argv = [
      'analyze',
      'session.vtt',
      '-f',
      'json',
      '--therapist',
      'Dr Okafor',
      '--client',
      'Robin',
    ];
    const { code, stdout, stderr } = await runCli(argv, dir);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toMatchObject({ roles: { method: 'flags' } });
  });

  it('writes --out FILE and says where', async () => {
    const { code, stdout, stderr } = await runCli(
      ['analyze', 'session.txt', '-f', 'html', '--out', 'r.html'],
      dir,
    );
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe(`wrote ${join(dir, 'r.html')}\n`);
  });

  it.each([
    ['sniffed', []],
    ['named', ['--input-format', 'vtt']],
  ])('reads a VTT on standard input (%s format)', async (_name, flags) => {
    const { code, stdout } = await runCli(
      ['analyze', '-', '-f', 'json', '-q', ...flags],
      dir,
      SESSION_VTT,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'vtt' });
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await runCli(['analyze', '-', '-f', 'json'], dir, SESSION_TXT);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: '<stdin>' });
  });
});

describe('batch', () => {
  it('walks a folder recursively, skipping other files and our own reports', async () => {
    const { code, stdout } = await runCli(['analyze', 'folder', '--jobs', '1'], dir);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => l.startsWith('folder'));
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['folder/a.txt', 'folder/nested/b.vtt']);
    expect(stdout).toContain('2 transcripts analysed');
  });

  it('carries on past a bad file and exits 2 at the end', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', 'mixed', '--jobs', '1', '-q'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^alliance: mixed\/bad\.txt(:\d+)?: /);
    expect(stdout).toContain('mixed/good.txt');
    expect(stdout).toContain('1 transcript analysed, 1 failed');
  });

  it('streams JSONL in, one report per line out, in input order', async () => {
    const { code, stdout } = await runCli(
      ['analyze', 'stream.jsonl', '-f', 'jsonl', '-j', '1', '-q'],
      dir,
    );
    expect(code).toBe(0);
    const sources = stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toEqual([1, 2, 3, 4, 5].map((n) => `stream.jsonl:${n}`));
  });

  it('reports a bad JSONL line by its line number and keeps going', async () => {
    const { code, stdout, stderr } = await runCli(
      ['analyze', 'bad-line.jsonl', '-f', 'jsonl', '-j', '1'],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^alliance: bad-line\.jsonl:2: /m);
    expect(stderr).not.toContain('Zanzibar');
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('reads a JSONL stream from standard input', async () => {
    const { code, stdout } = await runCli(['analyze', '-', '-j', '1', '-q'], dir, jsonlStream(3));
    expect(code).toBe(0);
    expect(stdout).toContain('3 transcripts analysed');
  });

  it('writes a JSON array for --format json', async () => {
    const { code, stdout } = await runCli(
      ['analyze', 'stream.jsonl', '-f', 'json', '-j', '1', '-q'],
      dir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(5);
  });

  it('analyses a CSV holding several transcripts as a batch, one row each', async () => {
    const { code, stdout } = await runCli(['analyze', 'two.csv', '-q'], dir);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => l.startsWith('two.csv'));
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['two.csv#7', 'two.csv#9']);
  });

  it('writes one CSV header, then the rows of every transcript', async () => {
    const { code, stdout } = await runCli(
      ['analyze', 'stream.jsonl', '-f', 'csv', '-j', '1', '-q'],
      dir,
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const header = lines[0] ?? '';
    expect(header.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l === header)).toHaveLength(1);
    // Three utterances in each of the five transcripts.
    expect(lines).toHaveLength(1 + 5 * 3);
  });

  it('writes the summary table to --out FILE', async () => {
    const { code, stdout } = await runCli(
      ['analyze', 'folder', '-j', '1', '-q', '--out', 'table.txt'],
      dir,
    );
    expect([code, stdout]).toEqual([0, '']);
    const table = await readFile(join(dir, 'table.txt'), 'utf8');
    expect(table).toContain('folder/a.txt');
    expect(table).toContain('2 transcripts analysed');
  });

  it('writes one file per transcript with --out FOLDER', async () => {
    const argv = ['analyze', 'folder', '-f', 'html', '--out', 'reports/', '-j', '1', '-q'];
    const { code, stderr } = await runCli(argv, dir);
    expect(code).toBe(0);
    expect(stderr).toBe('wrote 2 report files to reports/\n');
    const again = await runCli(['analyze', join(dir, 'reports')], dir);
    // The folder holds only our own reports, which a walk skips.
    expect(again.code).toBe(2);
  });
});

describe('help', () => {
  it.each([[['--help']], [['analyze', '--help']], [['eval', 'crisis', '--help']]])(
    '%j fits in 80 columns',
    async (argv) => {
      const { code, stdout } = await runCli(argv, dir);
      expect(code).toBe(0);
      const wide = stdout.split('\n').filter((line) => line.length > 80);
      expect(wide).toEqual([]);
    },
  );
});
