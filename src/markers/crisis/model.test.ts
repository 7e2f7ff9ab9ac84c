import { describe, expect, it } from 'vitest';
import { CrisisScorer, type CrisisModel } from '../../models/crisis/index.js';
import { Tokens, tokenize } from '../../text/index.js';
import type { CrisisFinding } from '../types.js';
import { addModelFinding } from './model.js';

// A model that is confident about everything, to show what the gate lets through.
const eager: CrisisModel = {
  bits: 4,
  weights: new Float32Array(16).fill(5),
  bias: 5,
  threshold: 0.5,
};
const LONG =
  'It has been a long week and I keep going over the same things at night, the job, the flat, the money, and how tired I am of all of it.';

describe('addModelFinding', () => {
  it.each([
    ['rules already found something', 1, false, 1, 0],
    ['a lexicon matched but a guard dropped it', 0, true, 0, 0],
    ['nothing matched', 0, false, 1, 1],
  ] as const)('when %s', (_why, ruleCount, lexiconHit, total, added) => {
    const out: CrisisFinding[] = [];
    const tokens = tokenize(LONG, new Tokens());
    expect(addModelFinding(tokens, ruleCount, lexiconHit, () => new CrisisScorer(eager), out)).toBe(
      total,
    );
    expect(out).toHaveLength(added);
    if (added > 0) expect(out[0]?.rule).toBe('model.crisis');
  });

  it('keeps the rule count when no weights are committed', () => {
    const out: CrisisFinding[] = [];
    expect(addModelFinding(new Tokens(), 2, false, () => null, out)).toBe(2);
  });
});
