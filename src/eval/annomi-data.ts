// Reads an AnnoMI-format CSV (simple: one row per utterance; full: one row per utterance
// and annotator) into sessions of ordered utterances with gold labels and all votes.
import { parse } from 'csv-parse/sync';
import type { Role, Transcript } from '../transcript/types.js';
import { EvalInputError } from './errors.js';
import { majorityVote } from './metrics.js';
import type { TaskName } from '../models/index.js';

/** The labels of one utterance (gold, or one annotator's vote); absent = not applicable. */
export interface AnnomiLabels {
  behaviour?: string;
  questionType?: string;
  reflectionType?: string;
  talkType?: string;
}

/** One annotator's labels of one utterance. */
export interface AnnomiVote extends AnnomiLabels {
  annotator: number;
}

/** One utterance with its majority gold labels and every vote behind them. */
export interface AnnomiUtterance {
  role: Role;
  gold: AnnomiLabels;
  votes: AnnomiVote[];
}

/** One transcript: its engine input, its video (the CV group) and its MI quality. */
export interface AnnomiSession {
  id: string;
  video: string;
  quality: string;
  transcript: Transcript;
  utterances: AnnomiUtterance[];
}

type Row = Record<string, string>;
const REQUIRED = [
  'transcript_id',
  'utterance_id',
  'interlocutor',
  'utterance_text',
  'video_url',
  'mi_quality',
];

const value = (s: string | undefined): string | undefined => {
  const v = s?.trim().toLowerCase();
  return v === undefined || v === '' || v === 'n/a' || v === 'nan' ? undefined : v;
};

function voteOf(row: Row, full: boolean): AnnomiVote {
  const vote: AnnomiVote = { annotator: full ? Number(row.annotator_id ?? 0) : 0 };
  const behaviour = value(row.main_therapist_behaviour);
  const talk = value(row.client_talk_type);
  const question = value(row.question_subtype);
  const reflection = value(row.reflection_subtype);
  if (behaviour !== undefined) vote.behaviour = behaviour;
  if (talk !== undefined) vote.talkType = talk;
  if (behaviour === 'question' && question !== undefined) vote.questionType = question;
  if (behaviour === 'reflection' && reflection !== undefined) vote.reflectionType = reflection;
  return vote;
}

/** Majority of the votes per field; subtypes only among voters who chose that behaviour. */
export function goldOf(votes: readonly AnnomiVote[]): AnnomiLabels {
  const gold: AnnomiLabels = {};
  const pick = (field: keyof AnnomiLabels, among: readonly AnnomiVote[]): string | undefined =>
    majorityVote(
      among.flatMap((v) =>
        v[field] === undefined ? [] : [{ annotator: v.annotator, label: v[field] }],
      ),
    );
  const behaviour = pick('behaviour', votes);
  const talk = pick('talkType', votes);
  if (behaviour !== undefined) gold.behaviour = behaviour;
  if (talk !== undefined) gold.talkType = talk;
  const same = votes.filter((v) => v.behaviour === behaviour);
  const question = behaviour === 'question' ? pick('questionType', same) : undefined;
  const reflection = behaviour === 'reflection' ? pick('reflectionType', same) : undefined;
  if (question !== undefined) gold.questionType = question;
  if (reflection !== undefined) gold.reflectionType = reflection;
  return gold;
}

const byNumberThenText = (a: string, b: string): number =>
  Number(a) - Number(b) || a.localeCompare(b);

/** Parse an AnnoMI CSV (simple or full) into sessions ordered by transcript and utterance id. */
export function parseAnnomi(csv: string): { sessions: AnnomiSession[]; full: boolean } {
  const rows = parse<Row>(csv, { columns: true, skip_empty_lines: true, bom: true });
  const first = rows[0];
  if (first === undefined) throw new EvalInputError('empty_input', 'no rows');
  for (const column of REQUIRED)
    if (!(column in first)) throw new EvalInputError('missing_column', column);
  const full = 'annotator_id' in first;
  const byTranscript = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    const t = row.transcript_id ?? '';
    let utterances = byTranscript.get(t);
    if (utterances === undefined) byTranscript.set(t, (utterances = new Map<string, Row[]>()));
    const u = row.utterance_id ?? '';
    const list = utterances.get(u);
    if (list === undefined) utterances.set(u, [row]);
    else list.push(row);
  }
  const sessions: AnnomiSession[] = [];
  for (const id of [...byTranscript.keys()].sort(byNumberThenText)) {
    const utteranceRows = byTranscript.get(id) ?? new Map<string, Row[]>();
    const transcript: Transcript = { source: `annomi:${id}`, format: 'csv', utterances: [] };
    const utterances: AnnomiUtterance[] = [];
    let head: Row | undefined;
    for (const u of [...utteranceRows.keys()].sort(byNumberThenText)) {
      const group = utteranceRows.get(u) ?? [];
      const row = group[0];
      if (row === undefined) continue;
      head ??= row;
      const speaker = value(row.interlocutor) ?? 'other';
      const role: Role = speaker === 'therapist' || speaker === 'client' ? speaker : 'other';
      transcript.utterances.push({
        index: transcript.utterances.length,
        role,
        speaker,
        text: row.utterance_text ?? '',
      });
      const votes = group.map((r) => voteOf(r, full)).sort((a, b) => a.annotator - b.annotator);
      utterances.push({ role, gold: goldOf(votes), votes });
    }
    if (head === undefined) continue;
    sessions.push({
      id,
      video: head.video_url ?? id,
      quality: value(head.mi_quality) ?? 'unknown',
      transcript,
      utterances,
    });
  }
  return { sessions, full };
}

/** One empty label list per task, for gold and predicted labels side by side. */
export function taskLists(): Record<TaskName, string[]> {
  return { therapistBehaviour: [], questionType: [], reflectionType: [], clientTalkType: [] };
}
