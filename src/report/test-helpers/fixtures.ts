// Hand-made utterance analyses for report tests, so the report can be tested before
// (and independently of) the marker rules and models. Spans are found from a phrase in
// the text, so a fixture cannot point at words that are not there.
import type { UtteranceAnalysis } from '../../engine/types.js';
import {
  emptyCounts,
  type CrisisKind,
  type DistortionType,
  type Finding,
  type FindingCode,
  type Labels,
  type UtteranceCounts,
} from '../../markers/types.js';
import type { Role, Transcript } from '../../transcript/types.js';

/** A finding to place on the words `phrase` of the turn's text. */
export interface FindingSpec {
  code: FindingCode;
  phrase: string;
  rule?: string;
  suggestion?: string;
  distortion?: DistortionType;
  kind?: CrisisKind;
  negated?: boolean;
}

/** One turn of a fixture session. */
export interface TurnSpec {
  role: Role;
  text: string;
  speaker?: string;
  labels?: Omit<Labels, 'because'>;
  counts?: Partial<UtteranceCounts>;
  findings?: FindingSpec[];
  start?: number;
}

/** A therapist turn. */
export const T = (text: string, extra: Omit<TurnSpec, 'role' | 'text'> = {}): TurnSpec => ({
  role: 'therapist',
  text,
  ...extra,
});
/** A client turn. */
export const C = (text: string, extra: Omit<TurnSpec, 'role' | 'text'> = {}): TurnSpec => ({
  role: 'client',
  text,
  ...extra,
});

function finding(text: string, s: FindingSpec): Finding {
  const start = text.indexOf(s.phrase);
  if (start < 0) throw new Error(`fixture phrase not in text: ${s.phrase}`);
  const base = { rule: s.rule ?? `test.${s.code}`, start, end: start + s.phrase.length };
  const withSuggestion = s.suggestion === undefined ? base : { ...base, suggestion: s.suggestion };
  if (s.code === 'distortion')
    return { code: 'distortion', ...withSuggestion, distortion: s.distortion ?? 'all_or_nothing' };
  if (s.code === 'crisis')
    return {
      code: 'crisis',
      ...withSuggestion,
      kind: s.kind ?? 'ideation',
      negated: s.negated ?? false,
    };
  return { code: s.code, ...withSuggestion };
}

/** Turn specs into engine-shaped results; words are counted from the text unless given. */
export function turns(...specs: TurnSpec[]): UtteranceAnalysis[] {
  return specs.map((s, index) => {
    const counts: UtteranceCounts = {
      ...emptyCounts(),
      words: s.text.split(/\s+/).filter(Boolean).length,
      ...s.counts,
    };
    const u: UtteranceAnalysis = {
      index,
      speaker:
        s.speaker ??
        (s.role === 'therapist' ? 'Dr Rowan' : s.role === 'client' ? 'Mika' : 'Aunt Jo'),
      role: s.role,
      text: s.text,
      labels: { because: [], ...s.labels },
      findings: (s.findings ?? []).map((f) => finding(s.text, f)),
      counts,
    };
    if (s.start !== undefined) u.start = s.start;
    return u;
  });
}

/** A transcript shell for `buildReport`. */
export const transcript = (source = 'fixture.txt'): Transcript => ({
  source,
  format: 'txt',
  utterances: [],
  roleAssignment: { roles: { 'Dr Rowan': 'therapist', Mika: 'client' }, method: 'labels' },
});

/** A short session with one of everything the report shows, written for these tests. */
export function demoSession(): UtteranceAnalysis[] {
  return turns(
    T('Good to see you again. What would you like us to focus on today?', {
      labels: { behaviour: 'question', questionType: 'open' },
      counts: { we: 1, you: 1, openQuestions: 1, questions: 1 },
      findings: [
        { code: 'we_talk', phrase: 'us' },
        { code: 'open_question', phrase: 'What would you like' },
      ],
    }),
    C('Honestly I always mess things up at work, every single time.', {
      labels: { talkType: 'sustain' },
      counts: { absolutist: 2, distortions: 1, i: 1 },
      findings: [
        { code: 'absolutist', phrase: 'always' },
        { code: 'distortion', phrase: 'always mess things up', distortion: 'overgeneralization' },
      ],
    }),
    T('Did you talk to your manager?', {
      labels: { behaviour: 'question', questionType: 'closed' },
      counts: { you: 2, closedQuestions: 1, questions: 1 },
      findings: [
        {
          code: 'closed_question',
          phrase: 'Did you talk',
          suggestion: 'What happened when you spoke with your manager?',
        },
      ],
    }),
    C("No. Some nights I think I don't want to be alive anymore.", {
      labels: { talkType: 'neutral' },
      counts: { crisis: 1, i: 2 },
      findings: [
        {
          code: 'crisis',
          phrase: "I don't want to be alive anymore",
          rule: 'crisis.ideation.alive',
          kind: 'ideation',
          negated: false,
        },
      ],
    }),
    T('It sounds like the weight of work has been sitting on you for a long time.', {
      labels: { behaviour: 'reflection', reflectionType: 'complex' },
      counts: { you: 1 },
      findings: [{ code: 'reflection', phrase: 'the weight of work has been sitting on you' }],
    }),
    T('If you start feeling better, we can look at the job question.', {
      labels: { behaviour: 'therapist_input' },
      counts: { conditional: 1, we: 1, you: 1 },
      findings: [
        {
          code: 'conditional_change',
          phrase: 'If you start feeling better',
          suggestion: 'As you start feeling better',
        },
      ],
    }),
    C("You're the only one I can really talk to.", {
      labels: { talkType: 'neutral' },
      counts: { reliance: 1, you: 1, i: 1 },
      findings: [{ code: 'reliance', phrase: "You're the only one I can really talk to" }],
    }),
    T('You already got yourself here today, and that took effort.', {
      labels: { behaviour: 'reflection', reflectionType: 'simple' },
      counts: { credit: 1, you: 1 },
      findings: [{ code: 'credit', phrase: 'You already got yourself here' }],
    }),
    C('I want to get back to running on weekends.', {
      labels: { talkType: 'change' },
      counts: { change: 1, i: 1 },
      findings: [{ code: 'change_talk', phrase: 'I want to get back' }],
    }),
  );
}
