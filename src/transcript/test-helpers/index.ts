// Shared by the format tests: a compact view of a parse, and the error a parse throws.
import { TranscriptParseError } from '../errors.js';
import type { Transcript } from '../types.js';

/** `speaker|role|text|start|end` per utterance, so a table row states a whole parse. */
export function turns(t: Transcript): string[] {
  return t.utterances.map((u) =>
    [u.speaker, u.role, u.text, u.start ?? '', u.end ?? ''].join('|').replace(/\|+$/, ''),
  );
}

/** The `[code, line]` of the TranscriptParseError that `run` throws. */
export function failure(run: () => unknown): [string, number | undefined, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof TranscriptParseError) return [error.code, error.line, error.detail];
    throw error;
  }
  throw new Error('expected a TranscriptParseError');
}
