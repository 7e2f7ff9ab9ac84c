import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';

const engine = new Engine();
const widening = (text: string, role: 'therapist' | 'client' = 'therapist') => {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role, speaker: 'T', text }],
  });
  if (result === undefined) throw new Error('no result');
  const found = result.findings.filter((f) => f.code === 'widening_support');
  expect(result.counts.widening).toBe(found.length);
  return found.map((f) => [f.rule, text.slice(f.start, f.end)]);
};

describe('widening support', () => {
  it.each([
    ['Which friends could you see this weekend?', [['therapist.widening.people', 'friends']]],
    ['You could try the walking club.', [['therapist.widening.people', 'club']]],
    ['Who else knows about this?', [['therapist.widening.action', 'Who else']]],
    ['Is there someone you trust nearby?', [['therapist.widening.action', 'someone you trust']]],
    ['It helps to reach out now and then.', [['therapist.widening.action', 'reach out']]],
    // One move per sentence: friends and family together are one finding.
    ['How are your friends and family taking it?', [['therapist.widening.people', 'friends']]],
    ['Your family history is in the notes.', []],
    ['Your partner was there.', []],
    ['Does your family have a history of it?', [['therapist.widening.people', 'family']]],
  ])('%j', (text, expected) => {
    expect(widening(text)).toEqual(expected);
  });

  it('is a therapist marker: a client mentioning friends is not widening support', () => {
    expect(widening('Could my friends come with me?', 'client')).toEqual([]);
  });
});
