// Test helpers: run the real engine on one utterance, so rule tests exercise the pipeline.
import { Engine, type UtteranceAnalysis } from '../../engine/index.js';
import type { Role } from '../../transcript/types.js';
import type { FindingCode } from '../types.js';

const engine = new Engine();

/** Analyse one utterance spoken in `role`. */
export function analyzeOne(role: Role, text: string): UtteranceAnalysis {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role, speaker: 'S', text }],
  });
  if (result === undefined) throw new Error('no result');
  return result;
}

/** [rule id, words] of each finding of `code` in a therapist utterance. */
export const therapistSpans = (text: string, code: FindingCode): string[][] =>
  analyzeOne('therapist', text)
    .findings.filter((f) => f.code === code)
    .map((f) => [f.rule, text.slice(f.start, f.end)]);

/** The words each finding of `code` points at in a therapist utterance. */
export const therapistWords = (text: string, code: FindingCode): string[] =>
  therapistSpans(text, code).map(([, words]) => words ?? '');
