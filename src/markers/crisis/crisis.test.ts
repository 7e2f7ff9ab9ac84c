import { describe, expect, it } from 'vitest';
import type { CrisisKind } from '../types.js';
import { crisisLexicons, crisisRules, detectCrisis } from './index.js';

// [sentence, kind of the first finding, negated, words the span must cover]
const cases: [string, CrisisKind, boolean, string][] = [
  ["I'm going to kill myself tonight.", 'intent', false, 'going to kill myself tonight'],
  ["I'm not going to kill myself, I promise.", 'intent', true, 'going to kill myself'],
  ["I don't want to die.", 'ideation', true, 'want to die'],
  ["I don't want to live anymore.", 'ideation', false, "don't want to live"],
  ["I don't know why, but I want to die.", 'ideation', false, 'want to die'],
  ['I would never hurt myself.', 'self_harm', true, 'hurt myself'],
  ['Honestly I have been cutting again.', 'self_harm', false, 'been cutting again'],
  ['She asked if I was suicidal and I said no.', 'ideation', false, 'suicidal'],
  ["I'm not suicidal, just tired.", 'ideation', true, 'suicidal'],
  ['I keep googling the least painful way.', 'method', false, 'least painful way'],
  ['I wrote a note for my kids.', 'plan', false, 'wrote a note'],
  ["They'd all be better off without me.", 'ideation', false, 'better off without me'],
  ["Don't worry, I'll be gone by morning.", 'indirect', false, "I'll be gone by morning"],
  ['tbh kms', 'slang', false, 'kms'],
];

describe('detectCrisis', () => {
  it.each(cases)('%s', (sentence, kind, negated, words) => {
    const findings = detectCrisis(sentence);
    const first = findings[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(first.code).toBe('crisis');
    expect(first.kind).toBe(kind);
    expect(first.negated).toBe(negated);
    expect(sentence.slice(first.start, first.end)).toBe(words);
    expect(crisisLexicons.some((l) => l.id === first.rule)).toBe(true);
  });

  it.each([
    ['I cut myself shaving.'],
    ['My feet are killing me.'],
    ['We saw Suicide Squad.'],
    ['I burned myself on the kettle.'],
    ['I want to end it with him.'],
    ['I wrote a note to the plumber.'],
  ])('stays quiet on: %s', (sentence) => {
    expect(detectCrisis(sentence)).toEqual([]);
  });

  it('reports one finding for overlapping phrases, and one per separate statement', () => {
    expect(detectCrisis("I'm going to kill myself tonight.")).toHaveLength(1);
    expect(detectCrisis('I want to die. I cut myself last night.')).toHaveLength(2);
  });

  it('reads curly apostrophes and capitals like straight ones', () => {
    expect(detectCrisis('I DON’T WANT TO LIVE ANYMORE')[0]?.negated).toBe(false);
  });

  it('documents each code rule with an example that fires', () => {
    for (const rule of crisisRules) {
      expect(detectCrisis(rule.example).length, rule.id).toBeGreaterThan(0);
      if (rule.counterExample !== undefined) expect(detectCrisis(rule.counterExample)).toEqual([]);
    }
  });
});
