// One summary row per transcript: only a few numbers, so a batch of any size keeps a
// small table in memory. Reads the report defensively because the report module defines
// the shape and the CLI must not break if a figure is missing (e.g. no questions asked).
import type { Transcript } from '../transcript/types.js';

/** The figures the batch summary shows for one transcript. */
export interface SummaryRow {
  name: string;
  turns: number;
  weTalk: number | null;
  reflectionToQuestion: number | null;
  percentOpen: number | null;
  percentComplex: number | null;
  absolutist: number | null;
  team: number | null;
  learning: number | null;
  confidence: number | null;
  alerts: number;
  crisis: boolean;
}

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function num(value: unknown, ...path: string[]): number | null {
  const v = at(value, ...path);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Extract the summary row from a report (typed loosely on purpose, see above). */
export function summaryRow(name: string, report: unknown, transcript: Transcript): SummaryRow {
  const alerts = at(report, 'alerts');
  const alertList: unknown[] = Array.isArray(alerts) ? alerts : [];
  return {
    name,
    turns: transcript.utterances.length,
    weTalk: num(report, 'therapist', 'weTalk', 'per100Words'),
    reflectionToQuestion: num(report, 'therapist', 'reflectionToQuestion'),
    percentOpen: num(report, 'therapist', 'percentOpenQuestions'),
    percentComplex: num(report, 'therapist', 'percentComplexReflections'),
    absolutist: num(report, 'client', 'absolutist', 'per100Words'),
    team: num(report, 'strategies', 'team'),
    learning: num(report, 'strategies', 'learning'),
    confidence: num(report, 'strategies', 'confidence'),
    alerts: alertList.length,
    crisis: alertList.some((a) => at(a, 'code') === 'crisis'),
  };
}

/** `took "Dr Lee" as therapist, "Sam" as client (...)` when roles were guessed, else nothing. */
export function roleNotice(transcript: Transcript): string | undefined {
  const assignment = transcript.roleAssignment;
  if (assignment?.method !== 'detected') return undefined;
  const order = { therapist: 0, client: 1, other: 2 } as const;
  const pairs = Object.entries(assignment.roles).sort((a, b) => order[a[1]] - order[b[1]]);
  if (pairs.length === 0) return undefined;
  const said = pairs.map(([speaker, role]) => `"${speaker}" as ${role}`).join(', ');
  return `took ${said} (detected; use --therapist/--client to change)`;
}
