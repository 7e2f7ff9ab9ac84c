// The JSON report. Per-utterance counts leave out their zeros: most of the 23 counts are 0 on
// most turns, and written out in full they were ~35% of the bytes of a report that was ~11x
// the size of its transcript. Measured on 400 bench sessions: 39 -> 26 MB of JSON, and
// JSON.stringify ~20% faster including the copy below.
import { COUNT_KEYS, emptyCounts, type UtteranceCounts } from '../../markers/types.js';
import type { UtteranceJson } from '../schema-utterance.js';
import type { Report, ReportJson } from '../schema.js';

/** The report in its JSON form (counts without zeros), as the JSON Schema describes it. */
export function toJson(report: Report): ReportJson {
  return { ...report, utterances: report.utterances.map(utteranceJson) };
}

/** JSON report, pretty (two-space indent) or on one line for JSON Lines. */
export const renderJson = (report: Report, pretty = true): string =>
  JSON.stringify(toJson(report), null, pretty ? 2 : undefined);

/**
 * A report read back from JSON (already checked against the schema, e.g. with
 * `reportSchema.parse`) as the renderers take it: every count present, zeros filled in.
 */
export function fromJson(json: ReportJson): Report {
  return {
    ...json,
    utterances: json.utterances.map((u) => ({ ...u, counts: { ...emptyCounts(), ...u.counts } })),
  };
}

function utteranceJson(u: Report['utterances'][number]): UtteranceJson {
  return { ...u, counts: withoutZeros(u.counts) };
}

function withoutZeros(counts: UtteranceCounts): Partial<UtteranceCounts> {
  const out: Partial<UtteranceCounts> = {};
  for (const key of COUNT_KEYS) {
    const value = counts[key];
    if (value !== 0) out[key] = value;
  }
  return out;
}
