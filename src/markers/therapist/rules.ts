// Rules whose logic lives in code, documented as data. Findings from lexicon hits carry
// the lexicon id; findings decided by these rules carry the rule id.
import type { RuleInfo } from '../../lexicons/index.js';

const MITI = 'MITI 4.2.1 (Moyers et al., 2016); MITI 3.1.1 for the open-question share';
const PROJECT = 'project (clinical judgement, see docs/field-guide.md)';

/** Question rule ids, indexed by `Sentences.rule`. */
export const QuestionRule = {
  Wh: 0,
  Invitation: 1,
  SocraticAsOpen: 2,
  Auxiliary: 3,
  Declarative: 4,
  CheckIn: 5,
  Fact: 6,
} as const;

/** Rule id per QuestionRule value. */
export const questionRuleIds: readonly string[] = [
  'therapist.question.open.wh',
  'therapist.question.open.invitation',
  'therapist.question.open.socratic',
  'therapist.question.closed.auxiliary',
  'therapist.question.closed.declarative',
  'therapist.question.closed.check_in',
  'therapist.question.closed.fact',
];

/** Rule id for an institutional "we" decided by a service verb plus an everyone-word. */
export const INSTITUTIONAL_AUDIENCE_RULE = 'therapist.institutional_we.audience';

/** Code rules of the therapist family. */
export const therapistRules: readonly RuleInfo[] = [
  {
    id: 'therapist.sentences',
    description:
      'Utterances are split into sentences at runs of . ! ?; leading fillers (so, and, okay, well, all right...) are skipped before a sentence opener is read.',
    example: 'Okay. So what happened next?',
    source: PROJECT,
  },
  {
    id: questionRuleIds[QuestionRule.Wh] ?? '',
    description:
      'Open question: a sentence ending in "?" that opens with a question word, or opens with a question word followed by an auxiliary when the transcript left out the "?".',
    example: 'And how did the weekend go?',
    counterExample: 'Is that what you want?',
    source: MITI,
  },
  {
    id: questionRuleIds[QuestionRule.Invitation] ?? '',
    description:
      'Open question: an invitation to talk (tell me, describe, walk me through; also "can you tell me", which is closed in form but asks for an open answer), with or without "?". "Tell me if/whether" is a request, not a question.',
    example: 'Tell me about the last time you felt that way.',
    counterExample: 'Tell me if you need a break.',
    source: MITI,
  },
  {
    id: questionRuleIds[QuestionRule.SocraticAsOpen] ?? '',
    description:
      'A Socratic question counts as open even when it is closed in form ("is it possible that..."), because it invites the client to re-examine a belief.',
    example: 'Is it possible that he forgot rather than ignored you?',
    source: 'Padesky (1993) on guided discovery',
  },
  {
    id: questionRuleIds[QuestionRule.Auxiliary] ?? '',
    description:
      'Closed question: opens with an auxiliary or modal (do, is, can, would...), ending in "?" or inverted before a subject ("do you", "is it") when the "?" is missing.',
    example: 'Do you drink on weekdays as well?',
    counterExample: 'Can you tell me what happened?',
    source: MITI,
  },
  {
    id: questionRuleIds[QuestionRule.Declarative] ?? '',
    description:
      'Closed question: a statement or tag ending in "?" ("you drink on weekends?", "..., right?").',
    example: 'You walked there on your own?',
    source: MITI,
  },
  {
    id: questionRuleIds[QuestionRule.CheckIn] ?? '',
    description: 'Closed question: a sentence of fillers only ending in "?" ("Okay?", "Right?").',
    example: 'We stop at ten. Okay?',
    source: MITI,
  },
  {
    id: questionRuleIds[QuestionRule.Fact] ?? '',
    description:
      'Closed question: a question word that asks for a number or a short fact (how many, how much, how often, how long, what kind of, what time).',
    example: 'How many cigarettes do you smoke on a workday?',
    counterExample: 'How do you feel about smoking at work?',
    source: MITI,
  },
  {
    id: INSTITUTIONAL_AUDIENCE_RULE,
    description:
      'A "we" doing a service action (give, ask, send, use...) is institutional when an everyone-word (everyone, all clients, regardless...) is in the same sentence; every we/us/our in a sentence with an institutional cue is then counted apart from we-talk.',
    example: 'We give this sheet to everyone who comes in.',
    counterExample: "Let's give it a try and we'll see together.",
    source: `${PROJECT}; the trap in AnnoMI's first transcript line`,
  },
  {
    id: 'therapist.guard.credit',
    description:
      'Credit does not fire when an auxiliary or clause opener comes right before it (a question or a condition) or a negator is within three words before it.',
    example: 'You handled that call really well.',
    counterExample: "How have you managed? I don't think you managed it yet.",
    source: PROJECT,
  },
  {
    id: 'therapist.guard.presupposed_tense',
    description:
      '"When / as / once you..." presupposes change only with a forward verb after it (will, start, feel, get, notice...); past and narrative uses do not count.',
    example: 'Once you start walking again, you will sleep better.',
    counterExample: 'When you were young, who was around?',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.conditional',
    description:
      '"If" about the change is flagged, but not "what if" or "even if" (exploring or reassuring), nor polite ifs ("if you feel like it", "if you can tell me", "if you ever want").',
    example: 'If this works, you could cut back further.',
    counterExample: 'What if you told him how you feel?',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.hedge',
    description: '"Kind of" / "sort of" after a determiner names a category, not a hedge.',
    example: "It's sort of worth a try, I guess.",
    counterExample: 'What kind of work do you do?',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.confident',
    description:
      'Confidence does not fire inside a wh- or auxiliary question, after a clause opener or relative word (if, what, how, anything), or before "not" or an instruction verb (need, have, sign).',
    example: 'You can get through this week.',
    counterExample: 'Is there anything you can change? You will need to sign here.',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.reflection',
    description:
      'A reflection cue inside a wh- or auxiliary question, or right after an auxiliary or clause opener, is not a reflection ("do you feel...", "if you feel...").',
    example: "It sounds like you're tired of arguing.",
    counterExample: 'Do you feel tired of arguing?',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.widening',
    description:
      'People and groups count as widening support only in a question or a sentence with an encouraging word (could, try, how about...), and not before "history"; action phrases (reach out, who else) count anywhere. At most one finding per sentence.',
    example: 'Who in your family could you call tonight?',
    counterExample: 'Your family history is on the form.',
    source: PROJECT,
  },
  {
    id: 'therapist.guard.future',
    description:
      '"I imagine" / "I can\'t imagine" is a guess about the past or present, not future talk.',
    example: 'Imagine waking up tomorrow without the worry.',
    counterExample: 'I imagine that was frightening.',
    source: PROJECT,
  },
];
