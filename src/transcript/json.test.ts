import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';
import { failure, turns } from './test-helpers/index.js';

const json = (text: string): string[] => turns(parseTranscript(text, { format: 'json' }));
const doc = (utterances: unknown[]): string => JSON.stringify({ version: 1, utterances }, null, 2);

describe('JSON', () => {
  it.each([
    [
      'document with speakers, roles and times',
      doc([
        { speaker: 'Dr Okafor', role: 'therapist', text: 'Welcome back.', start: 1.5, end: 3 },
        { speaker: 'Helen', role: 'client', text: ' Thanks. ', start: 3.5 },
      ]),
      ['Dr Okafor|therapist|Welcome back.|1.5|3', 'Helen|client|Thanks.|3.5'],
    ],
    [
      'bare array; role alone names the speaker; unknown fields ignored',
      JSON.stringify([
        { role: 'therapist', text: 'Hello.', confidence: 0.9 },
        { role: 'client', text: 'Hi.' },
      ]),
      ['therapist|therapist|Hello.', 'client|client|Hi.'],
    ],
    [
      'role labels as speaker names',
      JSON.stringify([
        { speaker: 'T', text: 'Hello.' },
        { speaker: 'C', text: 'Hi.' },
      ]),
      ['T|therapist|Hello.', 'C|client|Hi.'],
    ],
    [
      'JSON Lines',
      '{"speaker":"Ana","text":"How are you?"}\n\n{"speaker":"Bo","text":"Tired, I think."}\n',
      ['Ana|therapist|How are you?', 'Bo|client|Tired, I think.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(json(text)).toEqual(expected);
  });

  it.each([
    [
      'missing comma',
      '{\n  "version": 1,\n  "utterances": [\n    { "speaker": "A" "text": "x" }\n  ]\n}',
      'syntax',
      4,
      'invalid JSON',
    ],
    ['truncated', '{\n  "version": 1,\n  "utterances": [', 'syntax', 3, 'invalid JSON'],
    [
      'bad JSON Lines line',
      '{"speaker":"A","text":"x"}\n{"speaker":"B","text":"y"}\n{"speaker":\n',
      'syntax',
      3,
      'invalid JSON',
    ],
    ['nested too deeply', `[\n${'['.repeat(40)}`, 'syntax', 2, 'JSON nested too deeply'],
    ['wrong version', '{"version": 2, "utterances": []}', 'schema', undefined, '$.version:'],
    ['no utterances', '{"version": 1}', 'schema', undefined, '$.utterances:'],
    [
      'text not a string',
      doc([
        { speaker: 'A', text: 'x' },
        { speaker: 'B', text: 5 },
      ]),
      'schema',
      undefined,
      '$.utterances[1].text:',
    ],
    [
      'unknown role',
      doc([{ speaker: 'A', role: 'patient', text: 'x' }]),
      'schema',
      undefined,
      '$.utterances[0].role:',
    ],
    [
      'neither speaker nor role',
      JSON.stringify([{ text: 'x' }]),
      'schema',
      undefined,
      '$[0].speaker: needs a speaker or a role',
    ],
    [
      'end before start',
      doc([{ speaker: 'A', text: 'x', start: 5, end: 2 }]),
      'schema',
      undefined,
      '$.utterances[0].end: end is before start',
    ],
    [
      'negative time',
      doc([{ speaker: 'A', text: 'x', start: -1 }]),
      'schema',
      undefined,
      '$.utterances[0].start:',
    ],
    [
      'JSON Lines schema error',
      '{"speaker":"A","text":"x"}\n{"speaker":"B"}\n',
      'schema',
      2,
      '$.text:',
    ],
  ])('%s -> %s', (_name, text, code, line, detail) => {
    const [c, l, d] = failure(() => parseTranscript(text, { format: 'json' }));
    expect([c, l]).toEqual([code, line]);
    expect(d.startsWith(detail)).toBe(true);
  });

  it('never quotes the input in a syntax error', () => {
    const [, , detail] = failure(() =>
      parseTranscript('{"text": my private words}', { format: 'json' }),
    );
    expect(detail).toBe('invalid JSON');
  });
});
