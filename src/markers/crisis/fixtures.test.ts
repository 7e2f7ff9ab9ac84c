// Recall and false alarms on sentences we wrote (fixtures/crisis): every positive must
// raise a finding; at most 5% of figurative or harmless uses may.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';
import { detectCrisis } from './index.js';

const lines = (name: string): string[] =>
  readFileSync(new URL(`../../../fixtures/crisis/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));

const positives = lines('positive.txt');
const figurative = lines('figurative.txt');

describe('crisis fixtures', () => {
  it('has enough sentences of each sort to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(80);
    expect(figurative.length).toBeGreaterThanOrEqual(80);
  });

  it.each(positives)('flags: %s', (sentence) => {
    expect(detectCrisis(sentence).length).toBeGreaterThan(0);
  });

  it('raises at most 5% false alarms on figurative and harmless uses', () => {
    const alarms = figurative.filter((s) => detectCrisis(s).length > 0);
    expect(alarms.length / figurative.length, alarms.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('gives the same answers inside the full engine as standalone', () => {
    const engine = new Engine();
    const utterances = [...positives, ...figurative].map((text, index) => ({
      index,
      role: 'client' as const,
      speaker: 'C',
      text,
    }));
    const results = engine.analyzeUtterances({ utterances });
    for (const r of results) {
      const engineCrisis = r.findings.filter((f) => f.code === 'crisis');
      expect(engineCrisis, r.text).toEqual(detectCrisis(r.text));
      expect(r.counts.crisis).toBe(engineCrisis.length);
    }
  });
});
