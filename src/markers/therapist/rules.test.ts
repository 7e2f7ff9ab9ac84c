import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';
import { questionRuleIds, therapistLexicons, therapistRules } from './index.js';

const engine = new Engine();
const rulesFired = (text: string): string[] => {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role: 'therapist', speaker: 'T', text }],
  });
  return (result?.findings ?? []).map((f) => f.rule);
};

describe('therapist code rules as data', () => {
  it('have unique, documented ids', () => {
    const ids = therapistRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of therapistRules) {
      expect(rule.id).toMatch(/^therapist\./);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.example.length).toBeGreaterThan(5);
    }
  });

  // Rules that name findings must fire on their own example and not on their counterexample.
  const firing = therapistRules.filter(
    (r) => questionRuleIds.includes(r.id) || r.id === 'therapist.institutional_we.audience',
  );
  it.each(firing.map((r) => [r.id, r] as const))('%s fires on its example', (id, rule) => {
    expect(rulesFired(rule.example)).toContain(id);
    if (rule.counterExample !== undefined) {
      expect(rulesFired(rule.counterExample)).not.toContain(id);
    }
  });
});

describe('therapist lexicon counterexamples, through the engine', () => {
  // Lexicons whose hits become findings under their own id: the example must give one,
  // and the counterexample (the trap the guards handle) must not.
  const guarded = therapistLexicons.filter(
    (l) => l.counterExample !== undefined && rulesFired(l.example).includes(l.id),
  );
  it('covers the guarded families', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(9);
  });
  it.each(guarded.map((l) => [l.id, l.counterExample ?? ''] as const))(
    '%s stays quiet on %j',
    (id, counterExample) => {
      expect(rulesFired(counterExample)).not.toContain(id);
    },
  );
});
