import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';
import { failure, turns } from './test-helpers/index.js';

const txt = (text: string): string[] => turns(parseTranscript(text, { format: 'txt' }));

describe('plain text', () => {
  it.each([
    ['T:/C: labels', 'T: How are you?\nC: Tired.', ['T|therapist|How are you?', 'C|client|Tired.']],
    [
      'long role labels, any case',
      'THERAPIST: Hello.\nPatient: Hi.\ncounsellor: Welcome.\nClient: Thanks.',
      [
        'THERAPIST|therapist|Hello.',
        'Patient|client|Hi.',
        'counsellor|therapist|Welcome.',
        'Client|client|Thanks.',
      ],
    ],
    [
      'unlabelled lines continue the turn; blank lines are fine',
      'T: What happened\nafter that?\n\n\nC: I left.\n  Then I came back.',
      ['T|therapist|What happened after that?', 'C|client|I left. Then I came back.'],
    ],
    ['CRLF line ends', 'T: One.\r\nC: Two.\r\n', ['T|therapist|One.', 'C|client|Two.']],
    [
      'bracketed and bare timestamps become start times',
      '[00:01:02] T: Hi.\n00:01:05 C: Hello.\n(1:10) T: So.',
      ['T|therapist|Hi.|62', 'C|client|Hello.|65', 'T|therapist|So.|70'],
    ],
    [
      'a leading time without a label is just words',
      'T: When do you wake?\nC: Early.\n10:30 is when I finally sleep.',
      ['T|therapist|When do you wake?', 'C|client|Early. 10:30 is when I finally sleep.'],
    ],
    [
      'a one-off name-shaped prefix inside a turn stays text',
      'T: What did the letter say?\nC: It said two things.\nNote: bring the form.\nT: I see.',
      [
        'T|therapist|What did the letter say?',
        'C|client|It said two things. Note: bring the form.',
        'T|therapist|I see.',
      ],
    ],
    [
      'a third person who speaks once keeps their own turn',
      'Ana: What brings you both?\nBen: Her shouting.\nCara: He never listens.\nAna: I see.\nBen: Yes.',
      [
        'Ana|therapist|What brings you both?',
        'Ben|client|Her shouting.',
        'Cara|other|He never listens.',
        'Ana|therapist|I see.',
        'Ben|client|Yes.',
      ],
    ],
    [
      'a one-off lower-case prefix inside a turn stays text',
      'T: What did it say?\nC: Two things.\nfirst thing: the form.\nT: I see.',
      [
        'T|therapist|What did it say?',
        'C|client|Two things. first thing: the form.',
        'T|therapist|I see.',
      ],
    ],
    [
      'title lines before the first speaker are skipped',
      'Session 3 transcript\n\nT: Hello.\nC: Hi.',
      ['T|therapist|Hello.', 'C|client|Hi.'],
    ],
    [
      'speaker headings with a time, words on the next lines',
      'Speaker 1  0:05\nHow was the week?\n\nSpeaker 2  0:09\nLong.\nVery long.\n\nSpeaker 1  0:15\nTell me more.',
      [
        'Speaker 1|therapist|How was the week?|5',
        'Speaker 2|client|Long. Very long.|9',
        'Speaker 1|therapist|Tell me more.|15',
      ],
    ],
    [
      'colons inside sentences are not labels',
      'T: The plan: rest more.\nC: At 10:30 I stop.',
      ['T|therapist|The plan: rest more.', 'C|client|At 10:30 I stop.'],
    ],
    [
      'same speaker twice stays two turns',
      'T: First.\nT: Second.\nC: Reply.',
      ['T|therapist|First.', 'T|therapist|Second.', 'C|client|Reply.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(txt(text)).toEqual(expected);
  });

  it.each([
    ['no labels at all', 'We talked about sleep.\nThe client said work is hard.', 'no_speakers', 1],
    ['only whitespace', ' \n\t\n', 'empty', 1],
    ['minutes over 59', 'T: Hi.\n[00:61:00] C: Hello.', 'timestamp', 2],
    ['broken bare time before a label', 'T: Hi.\nC: Ok.\n1:2:3:4 T: So.', 'timestamp', 3],
  ])('%s -> %s', (_name, text, code, line) => {
    expect(failure(() => parseTranscript(text, { format: 'txt' })).slice(0, 2)).toEqual([
      code,
      line,
    ]);
  });
});
