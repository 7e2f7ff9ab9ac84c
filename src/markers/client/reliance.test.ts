import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';
import { relianceLexicons } from './reliance.js';

const engine = new Engine();

/** Reliance findings for one client turn: rule id and the words behind it. */
function reliance(text: string): [string, string][] {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role: 'client', speaker: 'C', text }],
  });
  const found = (result?.findings ?? []).filter((f) => f.code === 'reliance');
  expect(result?.counts.reliance).toBe(found.length);
  return found.map((f) => [f.rule, text.slice(f.start, f.end)]);
}

describe('reliance signals', () => {
  it.each([
    [
      "You're the only one I can talk to.",
      'client.reliance.only_you',
      "You're the only one I can talk to",
    ],
    ['You are the only person who gets it.', 'client.reliance.only_you', 'You are the only person'],
    [
      'She is the only one who understands.',
      'client.reliance.only_you',
      'only one who understands',
    ],
    ["I don't have anyone else.", 'client.reliance.only_you', "I don't have anyone else"],
    ['Nobody else listens to me.', 'client.reliance.only_you', 'Nobody else listens'],
    ['I really need you, you know.', 'client.reliance.only_you', 'I really need you,'],
    [
      "I don't know what I'd do without these sessions.",
      'client.reliance.between_sessions',
      "I don't know what I'd do without these sessions",
    ],
    [
      "I can't manage between sessions.",
      'client.reliance.between_sessions',
      "I can't manage between sessions",
    ],
    [
      'I wait all week for our sessions.',
      'client.reliance.between_sessions',
      'I wait all week for our sessions',
    ],
    [
      'Can I message you every day?',
      'client.reliance.between_sessions',
      'Can I message you every day',
    ],
  ])('%j is %s', (text, rule, words) => {
    expect(reliance(text)).toContainEqual([rule, words]);
  });

  it.each([
    'I talked to my sister about it on Sunday.',
    'I need you to explain that part again.',
    'My friends listen when I ask them to.',
    'I manage fine between shifts.',
    'Can I message you if the time changes?',
  ])('finds none in %j', (text) => {
    expect(reliance(text)).toEqual([]);
  });

  it.each(relianceLexicons.map((l) => [l.id, l] as const))('%s fires on its example', (id, lex) => {
    expect(reliance(lex.example).map(([rule]) => rule)).toContain(id);
  });
});
