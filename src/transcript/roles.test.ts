import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParseOptions } from './index.js';
import { failure } from './test-helpers/index.js';

const named = [
  'Dr Lee: Hi Sam. What would you like to talk about today?',
  'Sam: I had a bad week. I keep thinking I messed up my interview.',
  'Dr Lee: It sounds like the interview is still on your mind.',
  'Sam: It is. I froze on the last question and I felt stupid.',
  'Dr Lee: What did you say in the end?',
  'Sam: I said I would get back to them. I was so embarrassed.',
].join('\n');

const roleMap = (
  text: string,
  options: ParseOptions = {},
): [Record<string, string> | undefined, string | undefined] => {
  const t = parseTranscript(text, { format: 'txt', ...options });
  return [t.roleAssignment?.roles, t.roleAssignment?.method];
};

describe('roles', () => {
  it.each<[string, string, ParseOptions, Record<string, string>, string]>([
    ['labels state roles', 'T: Hi?\nC: Hello.', {}, { T: 'therapist', C: 'client' }, 'labels'],
    [
      'the questioner and reflector is the therapist',
      named,
      {},
      { 'Dr Lee': 'therapist', Sam: 'client' },
      'detected',
    ],
    [
      'detection does not depend on who speaks first',
      named.split('\n').slice(1).join('\n'),
      {},
      { 'Dr Lee': 'therapist', Sam: 'client' },
      'detected',
    ],
    [
      'flags win, case-insensitively',
      named,
      { therapist: ['sam'] },
      { Sam: 'therapist', 'Dr Lee': 'client' },
      'flags',
    ],
    [
      'client flag alone',
      named,
      { client: ['DR LEE'] },
      { 'Dr Lee': 'client', Sam: 'therapist' },
      'flags',
    ],
    [
      'third speakers are other',
      `${named}\nInterpreter Ko: He asks what happens next.\nInterpreter Ko: Sorry, she asks.`,
      {},
      { 'Dr Lee': 'therapist', Sam: 'client', 'Interpreter Ko': 'other' },
      'detected',
    ],
    [
      'a labelled therapist plus a named client',
      'Therapist: How are you?\nMaya: Not bad.\nTherapist: Good.\nMaya: Yes.',
      {},
      { Therapist: 'therapist', Maya: 'client' },
      'detected',
    ],
    [
      'one speaker only',
      'Ana: Just notes to myself.\nAna: Nothing else.',
      {},
      { Ana: 'therapist' },
      'detected',
    ],
    ['one labelled speaker only', 'C: I wrote this down.', {}, { C: 'client' }, 'labels'],
  ])('%s', (_name, text, options, roles, method) => {
    expect(roleMap(text, options)).toEqual([roles, method]);
  });

  it('a flag naming nobody is an unknown_speaker error naming the flag, not the speakers', () => {
    const [code, , detail] = failure(() =>
      parseTranscript(named, { format: 'txt', therapist: ['Dr Smith'] }),
    );
    expect(code).toBe('unknown_speaker');
    expect(detail).toContain("'Dr Smith' (--therapist)");
    expect(detail).not.toMatch(/Sam|Lee/);
  });
});
