// Speaker -> role. The source may say (T:, a role column), the user may say (--therapist),
// otherwise we guess from how people talk: therapists ask, reflect and say "you"; clients
// say "I". The guess is recorded so the CLI can tell the user what it assumed.
import { TranscriptParseError } from './errors.js';
import { scoreSpeakers, type SpeakerStats } from './therapist-score.js';
import type { RawTurn } from './turns.js';
import type { Role, RoleAssignment, Utterance } from './types.js';

/** Names the user gave for each role (CLI --therapist / --client), matched case-insensitively. */
export interface RoleFlags {
  therapist?: readonly string[];
  client?: readonly string[];
}

/** Turns with roles, and how the roles were decided. */
export interface AssignedRoles {
  utterances: Utterance[];
  roleAssignment: RoleAssignment;
}

/** Assign a role to every speaker and build the final utterances. */
export function assignRoles(turns: readonly RawTurn[], flags: RoleFlags = {}): AssignedRoles {
  const stats = scoreSpeakers(turns);
  const roles = new Map<string, Role>();
  const flagged = applyFlags(stats, flags, roles);
  let guessed = false;
  for (const s of stats.values()) {
    if (!roles.has(s.speaker) && s.statedRole !== undefined) roles.set(s.speaker, s.statedRole);
  }
  const taken = new Set(roles.values());
  const open = [...stats.values()].filter((s) => !roles.has(s.speaker));
  if (!taken.has('therapist') && open.length > 0) {
    const best = pick(open, (s) => s.therapistScore);
    roles.set(best.speaker, 'therapist');
    open.splice(open.indexOf(best), 1);
    guessed = true;
  }
  if (!taken.has('client') && open.length > 0) {
    const best = pick(open, (s) => s.words);
    roles.set(best.speaker, 'client');
    open.splice(open.indexOf(best), 1);
    guessed = true;
  }
  for (const s of open) roles.set(s.speaker, 'other');
  const utterances = turns.map((t, index): Utterance => {
    const u: Utterance = {
      index,
      role: roles.get(t.speaker) ?? 'other',
      speaker: t.speaker,
      text: t.text,
    };
    if (t.line !== undefined) u.line = t.line;
    if (t.start !== undefined) u.start = t.start;
    if (t.end !== undefined) u.end = t.end;
    return u;
  });
  const method = flagged ? 'flags' : guessed ? 'detected' : 'labels';
  return { utterances, roleAssignment: { roles: Object.fromEntries(roles), method } };
}

/** The speaker with the highest value; ties go to whoever spoke first. */
function pick(
  candidates: readonly SpeakerStats[],
  value: (s: SpeakerStats) => number,
): SpeakerStats {
  let best = candidates[0] as SpeakerStats;
  for (const s of candidates) {
    const v = value(s);
    const b = value(best);
    if (v > b || (v === b && s.firstTurn < best.firstTurn)) best = s;
  }
  return best;
}

function applyFlags(
  stats: ReadonlyMap<string, SpeakerStats>,
  flags: RoleFlags,
  roles: Map<string, Role>,
): boolean {
  const byLower = new Map<string, string>();
  for (const name of stats.keys()) byLower.set(name.trim().toLowerCase(), name);
  let any = false;
  const take = (names: readonly string[] | undefined, role: Role, flag: string): void => {
    for (const wanted of names ?? []) {
      const speaker = byLower.get(wanted.trim().toLowerCase());
      if (speaker === undefined) {
        // Speaker names can identify a client: say how many there are, not who.
        throw new TranscriptParseError(
          'unknown_speaker',
          `no speaker called '${wanted}' (${flag}); the transcript has ${stats.size} speaker(s): run without ${flag} to see who was detected`,
        );
      }
      roles.set(speaker, role);
      any = true;
    }
  };
  take(flags.therapist, 'therapist', '--therapist');
  take(flags.client, 'client', '--client');
  return any;
}
