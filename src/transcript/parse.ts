// Entry points: pick the format, parse to raw turns, assign roles, and stamp errors with the
// source name so the CLI prints `file:line: detail`.
import { parseCsv } from './csv.js';
import { detectFormat } from './detect.js';
import { TranscriptParseError } from './errors.js';
import { parseJson } from './json.js';
import type { ParseOptions } from './options.js';
import { assignRoles } from './roles.js';
import { parseSrt } from './srt.js';
import type { RawTurn } from './turns.js';
import { parseTxt } from './txt.js';
import type { Transcript, TranscriptFormat } from './types.js';
import { parseVtt } from './vtt.js';

interface Parsed {
  id?: string;
  turns: RawTurn[];
}

/**
 * Parse one transcript. A CSV holding several transcript ids is a `multiple_transcripts`
 * error rather than a silent pick of one: use `parseTranscripts` (batch mode) for those.
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  return withSource(options, () => {
    const format = options.format ?? detectFormat(options.source, text);
    const parsed = parseAll(text, format, options);
    if (parsed.length > 1) {
      throw new TranscriptParseError(
        'multiple_transcripts',
        `file holds ${parsed.length} transcripts; analyse it in batch mode (one report per transcript)`,
      );
    }
    return build(parsed[0] as Parsed, format, options);
  });
}

/** Parse text that may hold several transcripts (CSV grouped by transcript id); others give one. */
export function parseTranscripts(text: string, options: ParseOptions = {}): Transcript[] {
  return withSource(options, () => {
    const format = options.format ?? detectFormat(options.source, text);
    return parseAll(text, format, options).map((p) => build(p, format, options));
  });
}

function parseAll(text: string, format: TranscriptFormat, options: ParseOptions): Parsed[] {
  switch (format) {
    case 'txt':
      return [{ turns: parseTxt(text) }];
    case 'vtt':
      return [{ turns: parseVtt(text) }];
    case 'srt':
      return [{ turns: parseSrt(text) }];
    case 'json':
      return [parseJson(text)];
    case 'csv':
      return parseCsv(text, options.csv);
  }
}

function build(parsed: Parsed, format: TranscriptFormat, options: ParseOptions): Transcript {
  if (parsed.turns.length === 0) throw new TranscriptParseError('empty', 'no utterances found');
  const flags = {
    ...(options.therapist && { therapist: options.therapist }),
    ...(options.client && { client: options.client }),
  };
  const { utterances, roleAssignment } = assignRoles(parsed.turns, flags);
  const transcript: Transcript = { format, utterances, roleAssignment };
  if (options.source !== undefined) transcript.source = options.source;
  if (parsed.id !== undefined && parsed.id !== '') transcript.id = parsed.id;
  return transcript;
}

function withSource<T>(options: ParseOptions, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TranscriptParseError) error.source ??= options.source;
    throw error;
  }
}
