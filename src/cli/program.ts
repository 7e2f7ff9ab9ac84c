// The command-line grammar. Command modules are imported only when their command runs, so
// `--help` and `--version` load commander and nothing else.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AnalyzeFlags } from './analyze.js';
import type { CliIo } from './io.js';
import { packageVersion } from './package.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

const HELP_AFTER = `
Exit codes: 0 success; 2 bad usage or bad input (in a batch: any input failed,
the others are still analysed); 1 an internal error (ALLIANCE_DEBUG=1 shows the
stack). Errors are one line on stderr.`;

const ANALYZE_HELP = `
Inputs: files, folders (searched recursively for .txt .vtt .srt .json .csv
.jsonl; hidden files and our own *.alliance.* reports are skipped) and - for
standard input. A .jsonl file (or --input-format jsonl) holds one transcript
per line in our JSON schema and is streamed.

One transcript: its full report goes to stdout (also for --format html), or to
--out FILE; if --out is an existing folder (or ends with /), to
FOLDER/<name>.alliance.<ext>.
Several transcripts (several inputs, a folder, a JSONL stream, a CSV with a
transcript column):
  text      a summary table, one row per transcript (crisis alerts marked !)
  json      one JSON array of reports
  jsonl     one report per line, streamed in input order
  csv       utterance rows of every transcript under one header
  md, html  need --out FOLDER: one file per transcript, then the summary table
With --out FOLDER, text and json also write one file per transcript. A progress
bar is shown when stderr is a terminal. Roles guessed from the transcript are
reported on stderr.`;

/** Build the program; `done` receives each command's exit code. */
export function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('alliance')
    .description('Analyse therapy session transcripts for the therapeutic alliance.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Commander's usage errors become our one-line format.
      outputError: (s, write) => write(`alliance: ${s.replace(/^error: /, '').trimEnd()}\n`),
    })
    .addHelpText('after', HELP_AFTER)
    .showSuggestionAfterError(true);

  program
    .command('analyze')
    .description('analyse transcripts and print the alliance report')
    .argument('<paths...>', 'transcript files, folders, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['text', 'json', 'md', 'html', 'csv', 'jsonl'])
        .default('text'),
    )
    .option('-o, --out <path>', 'write to this file (or folder: one file per transcript)')
    .option('--therapist <name>', 'speaker to take as the therapist (repeatable)', collect, [])
    .option('--client <name>', 'speaker to take as the client (repeatable)', collect, [])
    .addOption(
      new Option(
        '--input-format <format>',
        'transcript format (default: from the name and content)',
      ).choices(['txt', 'vtt', 'srt', 'json', 'csv', 'jsonl']),
    )
    .option('--text-col <name>', 'CSV column holding the utterance text')
    .option('--speaker-col <name>', 'CSV column holding the speaker name')
    .option('--role-col <name>', 'CSV column holding therapist/client')
    .option('--start-col <name>', 'CSV column holding the start time')
    .option('--end-col <name>', 'CSV column holding the end time')
    .option('--transcript-col <name>', 'CSV column grouping rows into transcripts')
    .option(
      '-j, --jobs <n>',
      'threads analysing a batch, this one included (default: from the cores and input size)',
      positiveInt,
    )
    .option('--top <n>', 'how many moments worth another look to list', positiveInt)
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no progress bar and no role notices')
    .addHelpText('after', ANALYZE_HELP)
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const { runAnalyze } = await import('./analyze.js');
      done(await runAnalyze(paths, flags, io));
    });

  program
    .command('demo')
    .description('analyse the bundled demo session, print its report and write its HTML page')
    .option('-o, --out <file>', 'where to write the HTML page', 'alliance-demo-report.html')
    .option('--no-color', 'no colour, even on a terminal')
    .action(async (flags: { out: string; color: boolean }) => {
      const { runDemo } = await import('./demo.js');
      done(await runDemo(flags, io));
    });

  const evaluate = program
    .command('eval')
    .description('measure the engine against expert-labelled data');
  const evalFormat = (): Option =>
    new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text');
  evaluate
    .command('annomi')
    .description(
      'therapist behaviour and client talk labels against an AnnoMI CSV (simple or full)',
    )
    .argument('<csv>', 'AnnoMI-format CSV file')
    .addOption(evalFormat())
    .option(
      '--cv <k>',
      'grouped cross-validation folds (train per fold, predict out of fold)',
      positiveInt,
    )
    .action(async (file: string, flags: { format: 'text' | 'json'; cv?: number }) => {
      const { runEval } = await import('./eval.js');
      done(await runEval({ kind: 'annomi', file, ...flags }, io));
    });
  evaluate
    .command('crisis')
    .description('crisis statement recall and precision against a labelled CSV')
    .argument('<csv>', 'CSV file with a text and a label column')
    .requiredOption('--text <col>', 'column holding the text')
    .requiredOption('--label <col>', 'column holding the label')
    .requiredOption('--positive <values>', 'label values that mean crisis, comma-separated')
    .option('--id <col>', 'column holding a row id (shown for misses and false alarms)')
    .addOption(evalFormat())
    .action(
      async (
        file: string,
        flags: {
          format: 'text' | 'json';
          text: string;
          label: string;
          positive: string;
          id?: string;
        },
      ) => {
        const { runEval } = await import('./eval.js');
        done(await runEval({ kind: 'crisis', file, ...flags }, io));
      },
    );
  evaluate
    .command('distortions')
    .description('cognitive distortion detection against a Shreevastava & Foltz format CSV')
    .argument('<csv>', 'CSV file')
    .addOption(evalFormat())
    .option(
      '--cv <k>',
      'stratified cross-validation folds (train per fold, predict out of fold)',
      positiveInt,
    )
    .action(async (file: string, flags: { format: 'text' | 'json'; cv?: number }) => {
      const { runEval } = await import('./eval.js');
      done(await runEval({ kind: 'distortions', file, ...flags }, io));
    });
  return program;
}
