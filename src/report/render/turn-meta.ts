// How one turn is described next to its text: the clock time as a transcript shows it
// and the labels in words a clinician uses, not the AnnoMI codes.
import type { Labels } from '../../markers/types.js';

/** Seconds as "m:ss" or "h:mm:ss", the way Zoom and Teams transcripts show times. */
export function clockTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const behaviourNames = {
  question: 'question',
  reflection: 'reflection',
  therapist_input: 'advice / information',
  other: 'other',
} as const;

/** The labels of a turn in words, e.g. "open question" or "change talk"; '' when none. */
export function labelText(labels: Labels): string {
  const b = labels.behaviour;
  if (b === 'question' && labels.questionType !== undefined)
    return `${labels.questionType} question`;
  if (b === 'reflection' && labels.reflectionType !== undefined)
    return `${labels.reflectionType} reflection`;
  if (b !== undefined) return behaviourNames[b];
  return labels.talkType === undefined ? '' : `${labels.talkType} talk`;
}
