import { describe, expect, it } from 'vitest';
import { parseTranscript, parseTranscripts, type ParseOptions } from './index.js';
import { failure, turns } from './test-helpers/index.js';

const csv = (text: string, options: ParseOptions = {}): string[][] =>
  parseTranscripts(text, { format: 'csv', ...options }).map(turns);

const annomi = [
  'transcript_id,mi_quality,utterance_id,interlocutor,timestamp,utterance_text',
  '3,high,1,client,00:00:14,"Not great, honestly."',
  '3,high,0,therapist,00:00:10,How has the week been?',
  '5,low,0,therapist,00:01:02,"You said ""fine"" last time."',
  '3,high,1,client,00:00:14,"Not great, honestly."',
].join('\n');

describe('CSV', () => {
  it.each<[string, string, ParseOptions, string[][]]>([
    [
      'AnnoMI columns without options: grouped, ordered, duplicates once',
      annomi,
      {},
      [
        ['therapist|therapist|How has the week been?|10', 'client|client|Not great, honestly.|14'],
        ['therapist|therapist|You said "fine" last time.|62'],
      ],
    ],
    [
      'custom columns by option, matched case-insensitively',
      'Turn,Who,Said,Begin,Finish\n2,Dev,Bad.,3.5,4\n1,Ruth,How was it?,1,2.5\n',
      { csv: { text: 'said', speaker: 'who', start: 'begin', end: 'finish', order: 'turn' } },
      [['Ruth|therapist|How was it?|1|2.5', 'Dev|client|Bad.|3.5|4']],
    ],
    [
      'default speaker and role columns; empty text rows skipped',
      'speaker,role,text\nAna,counsellor,Hello.\nBo,,\nBo,client,Hi.\n',
      {},
      [['Ana|therapist|Hello.', 'Bo|client|Hi.']],
    ],
    [
      'tab-separated, multi-line quoted text, BOM',
      '\ufeffspeaker\ttext\nT\t"First line\nsecond line"\nC\tOk.\n',
      {},
      [['T|therapist|First line\nsecond line', 'C|client|Ok.']],
    ],
  ])('%s', (_name, text, options, expected) => {
    expect(csv(text, options)).toEqual(expected);
  });

  it('a broken time in a guessed column leaves that row untimed (AnnoMI has one)', () => {
    const [t] = parseTranscripts('speaker,text,timestamp\nA,x,00:00:01\nB,y,00:09:025\n', {
      format: 'csv',
    });
    expect(t?.utterances.map((u) => u.start)).toEqual([1, undefined]);
  });

  it('keeps source lines of rows, also after multi-line fields', () => {
    const [t] = parseTranscripts('speaker,text\nT,"a\nb"\n\nC,c\n', { format: 'csv' });
    expect(t?.utterances.map((u) => u.line)).toEqual([2, 5]);
  });

  it.each<[string, string, ParseOptions, string, number | undefined, string]>([
    [
      'no text column',
      'id,who,words\n1,Ana,Hi\n',
      {},
      'schema',
      1,
      'columns found: id, who, words',
    ],
    [
      'named column absent',
      'speaker,text\nA,x\n',
      { csv: { start: 'begin' } },
      'schema',
      1,
      "no column 'begin'",
    ],
    [
      'broken time in a named column',
      'speaker,text,begin\nA,x,1\nB,y,1:2:x\n',
      { csv: { start: 'begin' } },
      'timestamp',
      3,
      'invalid timestamp',
    ],
    ['end before start', 'speaker,text,start,end\nA,x,5,2\n', {}, 'timestamp', 2, 'ends before'],
    ['unclosed quote', 'speaker,text\nA,"x\n', {}, 'syntax', 2, 'invalid CSV'],
    ['header only', 'speaker,text\n', {}, 'empty', 2, 'no utterances'],
  ])('%s -> %s', (_name, text, options, code, line, detail) => {
    const [c, l, d] = failure(() => parseTranscripts(text, { format: 'csv', ...options }));
    expect([c, l]).toEqual([code, line]);
    expect(d).toContain(detail);
  });

  it('parseTranscript refuses a multi-transcript CSV and points to batch mode', () => {
    expect(failure(() => parseTranscript(annomi, { format: 'csv' })).slice(0, 1)).toEqual([
      'multiple_transcripts',
    ]);
    expect(parseTranscript(annomi.split('\n').slice(0, 3).join('\n'), { format: 'csv' }).id).toBe(
      '3',
    );
  });
});
