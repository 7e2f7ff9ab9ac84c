import { describe, expect, it } from 'vitest';
import type { Finding } from '../../markers/types.js';
import { Tokens, tokenize } from '../../text/index.js';
import { Engine } from '../../engine/index.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  DistortionScratch,
  FeatureBuffer,
  decideDistortion,
  extractFeatures,
  fromBase64,
  groupedStratifiedFolds,
  packModel,
  parseDistortionLabel,
  toBase64,
  trainDistortionModel,
  unpackModel,
  type DistortionModel,
  type TrainingExample,
} from './index.js';

// Sentences we wrote: a few distortions of two types, and plain reports of events.
const TOY: [string, TrainingExample['label']][] = [
  ['I always ruin everything I touch, every single time.', 'overgeneralization'],
  ['Nothing ever works out for me, it always goes wrong.', 'overgeneralization'],
  ['Every time I try, it always ends the same way.', 'overgeneralization'],
  ['They must think I am stupid, I can tell they do.', 'mind_reading'],
  ['She thinks I am boring, I just know she does.', 'mind_reading'],
  ['My boss thinks I am useless, I can tell.', 'mind_reading'],
  ['We went to the market on Sunday and bought apples.', 'none'],
  ['The bus was late so I walked to work today.', 'none'],
  ['My sister visited and we cooked dinner together.', 'none'],
  ['I started a new class on Tuesday evening.', 'none'],
];

const TOY_OPTIONS = { ...DEFAULT_TRAIN_OPTIONS, bits: 10, typeBits: 8, epochs: 30, l2: 1e-5 };

function examples(rows: [string, TrainingExample['label']][], bits: number): TrainingExample[] {
  const tokens = new Tokens();
  const features = new FeatureBuffer();
  return rows.map(([text, label]) => {
    extractFeatures(tokenize(text, tokens), [], bits, features);
    return { slots: features.slot.slice(0, features.count), label };
  });
}

function decide(model: DistortionModel, text: string, findings: Finding[] = []) {
  return decideDistortion(model, tokenize(text, new Tokens()), findings, new DistortionScratch());
}

describe('labels', () => {
  it.each([
    ['No Distortion', 'none'],
    ['All-or-nothing thinking', 'all_or_nothing'],
    ['Fortune-telling', 'fortune_telling'],
    ['  mind reading ', 'mind_reading'],
    ['Should statements', 'should_statements'],
    ['Catastrophe', undefined],
  ])('%s -> %s', (label, expected) => {
    expect(parseDistortionLabel(label)).toBe(expected);
  });
});

describe('base64', () => {
  it.each([[[]], [[0]], [[255, 1]], [[1, 2, 3]], [[250, 0, 128, 7]], [[9, 8, 7, 6, 5]]])(
    'round-trips %j',
    (bytes) => {
      const data = Uint8Array.from(bytes);
      expect(Array.from(fromBase64(toBase64(data)))).toEqual(bytes);
    },
  );
  it('matches the standard alphabet', () => {
    expect(toBase64(Uint8Array.from([77, 97, 110, 121]))).toBe('TWFueQ==');
  });
  it('rejects characters outside the alphabet', () => {
    expect(() => fromBase64('ab$d')).toThrow();
  });
});

describe('folds', () => {
  const groups = ['a', 'a', 'b', 'c', 'c', 'd', 'e', 'f', 'g', 'h'];
  const strata = ['x', 'x', 'y', 'x', 'x', 'y', 'x', 'y', 'x', 'y'];
  it('keeps every group in one fold', () => {
    const fold = groupedStratifiedFolds(groups, strata, 3, 1);
    expect(fold[0]).toBe(fold[1]);
    expect(fold[3]).toBe(fold[4]);
  });
  it('balances strata across folds', () => {
    const fold = groupedStratifiedFolds(groups, strata, 2, 7);
    const y = strata.map((s, i) => (s === 'y' ? (fold[i] ?? -1) : -1)).filter((f) => f >= 0);
    expect(Math.abs(y.filter((f) => f === 0).length - y.filter((f) => f === 1).length)).toBe(0);
  });
  it('is the same for the same seed', () => {
    expect(groupedStratifiedFolds(groups, strata, 3, 5)).toEqual(
      groupedStratifiedFolds(groups, strata, 3, 5),
    );
  });
});

describe('training and prediction on a toy set', () => {
  const model = trainDistortionModel(examples(TOY, 10), TOY_OPTIONS);

  it.each([
    ['It always goes wrong, every single time.', 'overgeneralization'],
    ['I can tell they think I am stupid.', 'mind_reading'],
  ])('finds a distortion in %j', (text, type) => {
    const finding = decide(model, text);
    expect(finding?.distortion).toBe(type);
    expect(finding?.rule).toBe(`model.distortion.${type}`);
    expect(finding?.features?.length).toBeGreaterThan(0);
  });

  it.each([['We bought apples at the market.'], ['I walked to work on Tuesday.']])(
    'stays silent on %j',
    (text) => {
      expect(decide(model, text)).toBeUndefined();
    },
  );

  it('spans the sentence with the strongest features', () => {
    const text = 'We cooked dinner on Sunday. Nothing ever works out, it always goes wrong.';
    const finding = decide(model, text);
    expect(finding?.start).toBe(text.indexOf('Nothing'));
    expect(finding?.end).toBe(text.length);
  });

  it('leaves utterances alone where a rule already found a distortion', () => {
    const rule: Finding = {
      code: 'distortion',
      rule: 'client.distortion.test',
      start: 0,
      end: 2,
      distortion: 'labeling',
    };
    expect(decide(model, 'It always goes wrong, every single time.', [rule])).toBeUndefined();
  });

  it('gives identical weights for the same seed and different ones for another', () => {
    const again = trainDistortionModel(examples(TOY, 10), TOY_OPTIONS);
    const other = trainDistortionModel(examples(TOY, 10), { ...TOY_OPTIONS, seed: 99 });
    expect(Array.from(again.binary)).toEqual(Array.from(model.binary));
    expect(Array.from(again.types)).toEqual(Array.from(model.types));
    expect(Array.from(other.binary)).not.toEqual(Array.from(model.binary));
  });

  it('keeps its decisions after quantising for the weights file', () => {
    const restored = unpackModel(packModel(model));
    for (const [text] of TOY) {
      expect(decide(restored, text)?.distortion).toBe(decide(model, text)?.distortion);
    }
  });
});

describe('short turns', () => {
  const engine = new Engine();
  // Without the MIN_WORDS gate the shipped model flagged every one of these.
  it.each(['Nothing.', 'Nothing really.', 'I hate it.', 'Everyone does.', 'No, nothing.'])(
    'the model stays silent on %j',
    (text) => {
      const [result] = engine.analyzeUtterances({
        utterances: [{ index: 0, role: 'client', speaker: 'C', text }],
      });
      expect(result?.findings.filter((f) => f.rule.startsWith('model.'))).toEqual([]);
    },
  );
});
