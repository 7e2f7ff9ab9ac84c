// `alliance eval ...`: reads one labelled CSV (size-checked, decoded like a transcript) and
// prints the evaluation module's result as JSON or text.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeTranscript } from '../transcript/index.js';
import { InputError, ioErrorFrom, toCliError, UsageError } from './errors.js';
import { Out, type CliIo } from './io.js';
import { checkFileSize } from './limits.js';

/** Which evaluation to run and with which flags. */
export type EvalRequest = { file: string; format: 'text' | 'json' } & (
  | { kind: 'annomi'; cv?: number }
  | { kind: 'crisis'; text: string; label: string; positive: string; id?: string }
  | { kind: 'distortions'; cv?: number }
);

/** Read the file and run the evaluation; returns the exit code. */
export async function runEval(request: EvalRequest, io: CliIo): Promise<number> {
  const csv = await readCsv(request.file, io.cwd);
  const evaluation = await import('../eval/index.js');
  let result: unknown;
  try {
    result = evaluate(evaluation, request, csv);
  } catch (error) {
    if (error instanceof evaluation.EvalInputError) {
      throw new InputError(error.code, evalErrorText(error.code, error.detail), request.file);
    }
    throw toCliError(error, request.file);
  }
  const text =
    request.format === 'json'
      ? JSON.stringify(result, null, 2)
      : evaluation.renderEvalText(result as Parameters<typeof evaluation.renderEvalText>[0]);
  await new Out(io.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

function evaluate(
  evaluation: typeof import('../eval/index.js'),
  request: EvalRequest,
  csv: string,
): unknown {
  switch (request.kind) {
    case 'annomi':
      return evaluation.evalAnnomi(csv, request.cv === undefined ? {} : { cv: request.cv });
    case 'crisis': {
      const positive = request.positive
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      if (positive.length === 0) throw new UsageError('--positive needs at least one label value');
      const options: Parameters<typeof evaluation.evalCrisis>[1] = {
        text: request.text,
        label: request.label,
        positive,
      };
      if (request.id !== undefined) options.id = request.id;
      return evaluation.evalCrisis(csv, options);
    }
    case 'distortions':
      return evaluation.evalDistortions(csv, request.cv === undefined ? {} : { cv: request.cv });
  }
}

/** The evaluation module leaves the words to us; `detail` is a column name or a count. */
function evalErrorText(code: string, detail: string): string {
  switch (code) {
    case 'missing_column':
      return `missing column "${detail}" (see --help for the expected columns)`;
    case 'empty_input':
      return `nothing to evaluate (${detail})`;
    case 'too_few_groups':
      return `too few transcripts for cross-validation (${detail})`;
    default:
      return `${code}: ${detail}`;
  }
}

async function readCsv(file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  const info = await stat(path).catch((error: unknown) => {
    throw ioErrorFrom(error, file);
  });
  if (info.isDirectory()) throw ioErrorFrom({ code: 'EISDIR' }, file);
  checkFileSize(info.size, file);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw ioErrorFrom(error, file);
  });
  try {
    return decodeTranscript(bytes, file);
  } catch (error) {
    throw toCliError(error, file);
  }
}
