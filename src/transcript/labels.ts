// Speaker labels at the start of a line or cue: `T:`, `Therapist:`, `Dr Lee:`, `Speaker 2:`.
// A label is recognised by its shape (short, name-like, colon then space); whether a
// name-shaped prefix really is a speaker is decided per file by `acceptLabels`.
import type { Role } from './types.js';

/** Longest speaker name we take as a label; longer prefixes are sentence text. */
export const MAX_LABEL_LENGTH = 40;
const MAX_LABEL_WORDS = 4;

/** Role labels the source can state; looked up lowercase with trailing dots removed. */
export const ROLE_LABELS: Readonly<Record<string, Role>> = {
  t: 'therapist',
  th: 'therapist',
  therapist: 'therapist',
  counsellor: 'therapist',
  counselor: 'therapist',
  interviewer: 'therapist',
  clinician: 'therapist',
  c: 'client',
  cl: 'client',
  p: 'client',
  client: 'client',
  patient: 'client',
  interviewee: 'client',
};

/** The role a label states (`T`, `Client`...), if it is one of the known role labels. */
export function roleOfLabel(label: string): Role | undefined {
  let key = label.trim().toLowerCase();
  while (key.endsWith('.')) key = key.slice(0, -1);
  return Object.hasOwn(ROLE_LABELS, key) ? ROLE_LABELS[key] : undefined;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f)) ||
    c === 46 || // .
    c === 39 || // '
    c === 0x2019 || // ’
    c === 45 || // -
    c === 95 || // _
    c === 40 || // (
    c === 41 || // )
    c === 47 || // /
    c === 38 // &
  );
}

/**
 * Offset of the colon ending a label that starts at `from`, or -1. The colon must be followed
 * by whitespace or the line end, so clock times (`10:30`) and links are never labels.
 */
export function findLabelColon(text: string, from: number, to: number): number {
  const limit = Math.min(to, from + MAX_LABEL_LENGTH + 1);
  let words = 1;
  let letters = 0;
  let prevSpace = false;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      if (i === from || prevSpace || letters === 0) return -1;
      const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      return after === 32 || after === 9 || after === 0xa0 ? i : -1;
    }
    if (c === 32) {
      if (i === from || prevSpace) return -1;
      if (++words > MAX_LABEL_WORDS) return -1;
      prevSpace = true;
      continue;
    }
    if (!isNameChar(c)) return -1;
    if (!(c >= 48 && c <= 57)) letters++;
    prevSpace = false;
  }
  return -1;
}

/**
 * True when text[from, to) looks like a name written as a heading (`Speaker 1`, `Dr Lee`):
 * every word starts with a capital or a digit, so ordinary sentences do not qualify.
 */
export function isHeadingName(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LABEL_LENGTH) return false;
  let words = 0;
  let atWordStart = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (atWordStart) return false;
      atWordStart = true;
      continue;
    }
    if (!isNameChar(c)) return false;
    if (atWordStart) {
      const upper = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde);
      if (!upper || ++words > MAX_LABEL_WORDS) return false;
      atWordStart = false;
    }
  }
  return words > 0 && !atWordStart;
}

/**
 * Which name-shaped prefixes are speakers. Known role labels and capitalised names of two or
 * more words (`Dr Lee`, `Speaker 3`) always are; a single word must occur at least twice, so
 * a one-off `Note:` inside a turn stays text. In a file where every candidate occurs once (a
 * two-line snippet) they are all taken.
 */
export function acceptLabels(counts: ReadonlyMap<string, number>): Set<string> {
  const accepted = new Set<string>();
  let anyRepeated = false;
  for (const n of counts.values()) if (n > 1) anyRepeated = true;
  for (const [name, n] of counts) {
    const fullName = name.includes(' ') && isHeadingName(name, 0, name.length);
    if (n > 1 || !anyRepeated || fullName || roleOfLabel(name) !== undefined || onceSpeaker(name))
      accepted.add(name);
  }
  return accepted;
}

// Words that head a line in notes ("Note: bring the form.") rather than name a person.
const notSpeakers = new Set([
  'note',
  'notes',
  'nb',
  'ps',
  'homework',
  'update',
  'example',
  're',
  'subject',
  'answer',
  'question',
  'summary',
  'plan',
  'goal',
  'goals',
  'step',
  'tip',
  'warning',
  'important',
  'edit',
  'reminder',
  'todo',
  'agenda',
  'date',
  'time',
  'topic',
  'session',
  'action',
  'actions',
  'task',
  'tasks',
  'result',
  'outcome',
  'feedback',
  'comment',
  'source',
  'title',
]);

/**
 * A capitalised single word seen once, that is not a note heading: a third person in a
 * couple or family session who speaks once (`Cara: That's not fair.`). Merging their
 * words into the previous speaker's turn would put them in the wrong person's mouth.
 */
function onceSpeaker(name: string): boolean {
  return isHeadingName(name, 0, name.length) && !notSpeakers.has(name.toLowerCase());
}
