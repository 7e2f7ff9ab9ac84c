import { describe, expect, it } from 'vitest';
import { Tokens, tokenize } from '../../text/index.js';
import {
  CrisisScorer,
  crisisSlots,
  hasCrisisCue,
  MODEL_CRISIS_RULE,
  packCrisisModel,
  SlotBuffer,
  trainCrisisModel,
  unpackCrisisModel,
  type CrisisExample,
  type CrisisTrainOptions,
} from './index.js';
import { MIN_WORDS } from './model.js';

const OPTIONS: CrisisTrainOptions = { bits: 12, epochs: 20, learningRate: 0.5, l2: 0, seed: 7 };
const FILLER = 'we talked about the week and the weather and work and the kids and dinner plans';

// Toy corpus we wrote: "grey" posts are positives, "bright" ones negatives; both long enough.
const POSITIVE = [
  `${FILLER}. everything feels grey and heavy and pointless tonight, I am so tired of it all.`,
  `${FILLER}. grey grey grey, I am tired and done with all of it.`,
  `${FILLER}. the grey never lifts and I am tired of being here at all.`,
];
const NEGATIVE = [
  `${FILLER}. everything feels bright and easy this week, I slept well and I am not tired.`,
  `${FILLER}. bright morning, the walk was lovely, tired legs but a good tired.`,
  `${FILLER}. a bright day at the park, we ate outside and laughed a lot.`,
];

function slots(text: string): Int32Array {
  const buf = crisisSlots(tokenize(text, new Tokens()), OPTIONS.bits, new SlotBuffer());
  return buf.slot.slice(0, buf.count);
}

const examples: CrisisExample[] = [
  ...POSITIVE.map((t) => ({ slots: slots(t), y: 1 as const })),
  ...NEGATIVE.map((t) => ({ slots: slots(t), y: 0 as const })),
];

describe('crisis model', () => {
  const model = trainCrisisModel(examples, OPTIONS, 0.5);
  const scorer = new CrisisScorer(model);
  const prob = (text: string): number => scorer.probability(tokenize(text, new Tokens()));

  it.each([...POSITIVE.map((t) => [t, 1] as const), ...NEGATIVE.map((t) => [t, 0] as const)])(
    'learns its training text: %s',
    (text, y) => {
      expect(prob(text) >= 0.5 ? 1 : 0).toBe(y);
    },
  );

  it('trains deterministically', () => {
    const again = trainCrisisModel(examples, OPTIONS, 0.5);
    expect(again.weights).toEqual(model.weights);
    expect(again.bias).toBe(model.bias);
  });

  it.each([
    ['too short, whatever its words', 'I am tired of it all, grey grey grey.'],
    ['long but without a cue word', `${FILLER}. grey grey grey grey grey grey grey grey.`],
  ])('stays at zero when %s', (_why, text) => {
    expect(prob(text)).toBe(0);
  });

  it('needs at least MIN_WORDS words', () => {
    expect(MIN_WORDS).toBeGreaterThan(5);
  });

  it('spans the strongest sentence of a confident text', () => {
    const text = POSITIVE[0] ?? '';
    const finding = scorer.finding(tokenize(text, new Tokens()));
    expect(finding?.rule).toBe(MODEL_CRISIS_RULE);
    expect(finding?.negated).toBe(false);
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'everything feels grey and heavy and pointless tonight, I am so tired of it all',
    );
  });

  it('round-trips through its committed form within int8 precision', () => {
    const back = unpackCrisisModel(packCrisisModel(model));
    let max = 0;
    for (const w of model.weights) max = Math.max(max, Math.abs(w));
    model.weights.forEach((w, i) =>
      expect(Math.abs((back.weights[i] ?? 0) - w)).toBeLessThanOrEqual(max / 254 + 1e-6),
    );
    expect(back.threshold).toBe(0.5);
  });

  it('refuses weights that do not fit the declared size', () => {
    const packed = { ...packCrisisModel(model), bits: 13 };
    expect(() => unpackCrisisModel(packed)).toThrow(/bytes/);
  });

  it.each([
    ['I have been so tired lately', true],
    ['We went to the shops', false],
  ])('cue words: %s -> %s', (text, cue) => {
    expect(hasCrisisCue(tokenize(text, new Tokens()))).toBe(cue);
  });
});
