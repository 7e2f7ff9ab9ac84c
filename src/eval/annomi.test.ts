import { describe, expect, it } from 'vitest';
import { evalAnnomi, groupFolds, parseAnnomi, renderEvalText } from './index.js';
import { EvalInputError } from './errors.js';

const HEAD =
  'transcript_id,mi_quality,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,client_talk_type';
const row = (
  t: number,
  q: string,
  video: string,
  u: number,
  who: string,
  text: string,
  b: string,
  c: string,
) => `${t},${q},"Title ${t}",${video},smoking,${u},${who},00:00:0${u},"${text}",${b},${c}`;

/** Six short sessions we wrote, four videos: sessions 0 and 1 share video A. */
function simpleCsv(): string {
  const lines = [HEAD];
  const videos = ['A', 'A', 'B', 'C', 'D', 'E'];
  videos.forEach((video, t) => {
    const q = t % 3 === 2 ? 'low' : 'high';
    lines.push(
      row(
        t,
        q,
        `https://v/${video}`,
        0,
        'therapist',
        'How have the last few weeks gone for you?',
        'question',
        'n/a',
      ),
      row(
        t,
        q,
        `https://v/${video}`,
        1,
        'client',
        'I really want to stop smoking before summer.',
        'n/a',
        'change',
      ),
      row(
        t,
        q,
        `https://v/${video}`,
        2,
        'therapist',
        'You are ready to put the cigarettes down.',
        'reflection',
        'n/a',
      ),
      row(
        t,
        q,
        `https://v/${video}`,
        3,
        'client',
        'Smoking is the only thing that calms me down.',
        'n/a',
        'sustain',
      ),
      row(
        t,
        q,
        `https://v/${video}`,
        4,
        'therapist',
        'Nicotine patches can help with the cravings.',
        'therapist_input',
        'n/a',
      ),
      row(t, q, `https://v/${video}`, 5, 'client', 'Okay.', 'n/a', 'neutral'),
    );
  });
  // Out of order on purpose: utterances must be sorted by id within a transcript.
  const [head, ...rest] = lines;
  return [head, ...rest.reverse()].join('\n');
}

const FULL_HEAD =
  'mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,reflection_exists,reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,client_talk_type';
const fullRow = (
  u: number,
  who: string,
  text: string,
  annotator: number,
  b: string,
  qs: string,
  rs: string,
  c: string,
) =>
  `high,0,"T",https://v/A,smoking,${u},${who},00:00:01,"${text}",${annotator},n/a,n/a,n/a,${rs},n/a,${qs},${b},${c}`;

/** One session, three annotators on every utterance, with a two-way tie on utterance 2. */
const FULL = [
  FULL_HEAD,
  fullRow(0, 'therapist', 'What do you enjoy about smoking?', 2, 'question', 'open', 'n/a', 'n/a'),
  fullRow(0, 'therapist', 'What do you enjoy about smoking?', 0, 'question', 'open', 'n/a', 'n/a'),
  fullRow(
    0,
    'therapist',
    'What do you enjoy about smoking?',
    1,
    'question',
    'closed',
    'n/a',
    'n/a',
  ),
  fullRow(1, 'client', 'It gives me a break at work.', 0, 'n/a', 'n/a', 'n/a', 'sustain'),
  fullRow(1, 'client', 'It gives me a break at work.', 1, 'n/a', 'n/a', 'n/a', 'neutral'),
  fullRow(1, 'client', 'It gives me a break at work.', 2, 'n/a', 'n/a', 'n/a', 'sustain'),
  fullRow(2, 'therapist', 'A pause that belongs to you.', 1, 'reflection', 'n/a', 'complex', 'n/a'),
  fullRow(2, 'therapist', 'A pause that belongs to you.', 0, 'other', 'n/a', 'n/a', 'n/a'),
].join('\n');

describe('parseAnnomi', () => {
  it('orders utterances, maps roles and keeps one vote per row', () => {
    const { sessions, full } = parseAnnomi(simpleCsv());
    expect(full).toBe(false);
    expect(sessions.map((s) => s.id)).toEqual(['0', '1', '2', '3', '4', '5']);
    const first = sessions[0];
    expect(first?.transcript.utterances.map((u) => u.role)).toEqual([
      'therapist',
      'client',
      'therapist',
      'client',
      'therapist',
      'client',
    ]);
    expect(first?.utterances.map((u) => u.gold.behaviour ?? u.gold.talkType)).toEqual([
      'question',
      'change',
      'reflection',
      'sustain',
      'therapist_input',
      'neutral',
    ]);
  });

  it.each([
    [0, { behaviour: 'question', questionType: 'open' }],
    [1, { talkType: 'sustain' }],
    // 1 vote reflection vs 1 vote other: annotator 0 is lowest, so "other" wins
    [2, { behaviour: 'other' }],
  ])('majority gold of utterance %i in the full file', (u, gold) => {
    const { sessions, full } = parseAnnomi(FULL);
    expect(full).toBe(true);
    expect(sessions[0]?.utterances[u]?.gold).toEqual(gold);
  });

  it.each([
    ['', 'empty_input'],
    ['transcript_id,utterance_id\n1,2', 'missing_column'],
  ])('refuses %j with a typed error', (csv, code) => {
    expect(() => parseAnnomi(csv)).toThrow(expect.objectContaining({ code }) as EvalInputError);
  });
});

describe('groupFolds', () => {
  it('never puts one video in two folds and uses every fold', () => {
    const { sessions } = parseAnnomi(simpleCsv());
    const folds = groupFolds(sessions, 3);
    expect(folds[0]).toBe(folds[1]); // same video A
    expect(new Set(folds).size).toBe(3);
    expect(() => groupFolds(sessions, 6)).toThrow(EvalInputError);
  });
});

describe('evalAnnomi', () => {
  it('scores the shipped weights on every task and renders text', () => {
    const r = evalAnnomi(simpleCsv());
    expect(r).toMatchObject({
      kind: 'annomi',
      file: 'simple',
      mode: 'shipped-weights',
      transcripts: 6,
    });
    expect(r.tasks.therapistBehaviour.n).toBe(18);
    expect(r.tasks.clientTalkType.n).toBe(18);
    expect(r.tasks.questionType.n).toBe(0); // the simple file has no subtypes
    expect(r.sessionQuality.high).toBe(4);
    expect(r.sessionQuality.low).toBe(2);
    expect(r.humanAgreement).toBeUndefined();
    expect(r.seenInTraining).toBe(0); // our made-up videos are not AnnoMI's
    expect(renderEvalText(r)).toContain('therapistBehaviour: macro-F1');
  });

  it('retrains per grouped fold and learns the repeated pattern out of fold', () => {
    const r = evalAnnomi(simpleCsv(), { cv: 3 });
    expect(r.mode).toBe('grouped-cv');
    expect(r.tasks.therapistBehaviour.macroF1).toBe(1);
    expect(r.tasks.clientTalkType.macroF1).toBe(1);
  });

  it('measures human agreement in the full file: each annotator against the others', () => {
    const r = evalAnnomi(FULL);
    const h = r.humanAgreement;
    expect(h?.utterances).toBe(3);
    expect(h?.comparisons).toBe(8);
    // utterance 0 (votes: 2 open, 0 open, 1 closed): annotator 2 meets a tie between 0 and 1,
    // broken towards annotator 0 (open): agrees; annotator 0 meets a tie broken towards 1
    // (closed): disagrees; annotator 1 meets two opens: disagrees.
    expect(h?.tasks.questionType.n).toBe(3);
    expect(h?.tasks.questionType.accuracy).toBeCloseTo(1 / 3, 9);
    expect(r.tasks.questionType.n).toBe(1);
  });
});
