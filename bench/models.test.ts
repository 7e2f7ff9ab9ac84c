import { describe, expect, it } from 'vitest';
import { modelCostRows } from './models.js';

const memory = { labels: 2048, distortion: 1024, crisis: 512 };

describe('modelCostRows', () => {
  it.each([
    // stage costs (ms), utterances, expected us/utt and share for labels, then distortion
    [{ labels: 40, 'distortion-model': 10, tokenize: 50 }, 1000, [40, 0.4], [10, 0.1]],
    [{ labels: 0, 'distortion-model': 5, report: 15 }, 500, [0, 0], [10, 0.25]],
  ])('turns stage costs %j over %i utterances into per-model rows', (costs, utt, lab, dis) => {
    const stageCost = Object.entries(costs).map(([id, ms]) => ({ id, ms }));
    const [labels, distortion, crisis] = modelCostRows(stageCost, utt, memory);
    expect(labels?.usPerUtt).toBeCloseTo(lab[0] ?? NaN);
    expect(labels?.share).toBeCloseTo(lab[1] ?? NaN);
    expect(distortion?.usPerUtt).toBeCloseTo(dis[0] ?? NaN);
    expect(distortion?.share).toBeCloseTo(dis[1] ?? NaN);
    expect([labels?.weightsKb, distortion?.weightsKb, crisis?.weightsKb]).toEqual([2, 1, 0.5]);
  });
});
