import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import { fromJson, renderHtml, renderJson, renderText, toJson } from '../render.js';
import { reportSchema } from '../schema.js';
import { demoSession, transcript } from '../test-helpers/fixtures.js';

describe('renderJson', () => {
  const report = buildReport(transcript(), demoSession());
  it.each([
    ['pretty', true, true],
    ['one line (JSON Lines)', false, false],
  ])('%s output parses back to the same report', (_name, pretty, multiline) => {
    const out = renderJson(report, pretty);
    expect(out.includes('\n')).toBe(multiline);
    expect(reportSchema.parse(JSON.parse(out))).toEqual(toJson(report));
  });

  it('has the required public paths', () => {
    const j = JSON.parse(renderJson(report)) as typeof report;
    expect(typeof j.therapist.weTalk.per100Words).toBe('number');
    expect(j.therapist.reflectionToQuestion).toBe(1);
    expect(j.therapist.percentOpenQuestions).toBe(50);
    expect(j.therapist.percentComplexReflections).toBe(50);
    expect(j.client.absolutist.per100Words).toBe(4.88);
    expect(j.alerts[0]).toMatchObject({ code: 'crisis', utterance: 3 });
    expect(j.utterances[0]).toMatchObject({
      speaker: 'Dr Rowan',
      labels: { behaviour: 'question' },
    });
    expect(Array.isArray(j.utterances[0]?.findings)).toBe(true);
  });

  it('writes the counts that are not zero, in order, and leaves out the zeros', () => {
    const j = JSON.parse(renderJson(report, false)) as ReturnType<typeof toJson>;
    report.utterances.forEach((u, i) => {
      const written = j.utterances[i]?.counts ?? {};
      const nonZero = Object.entries(u.counts).filter(([, v]) => v !== 0);
      expect(Object.entries(written)).toEqual(nonZero);
    });
    // The demo has words in every turn and zeros in most counts, so both sides are exercised.
    expect(j.utterances.every((u) => (u.counts.words ?? 0) > 0)).toBe(true);
    expect(j.utterances.some((u) => Object.keys(u.counts).length < 10)).toBe(true);
  });

  // What a store does: write the JSON, read it back later and render it again.
  it('reads back from JSON to the same report, which renders the same', () => {
    const back = fromJson(reportSchema.parse(JSON.parse(renderJson(report, false))));
    expect(back).toEqual(report);
    expect(renderText(back, { color: false })).toBe(renderText(report, { color: false }));
    expect(renderHtml(back)).toBe(renderHtml(report));
  });

  it('leaves the report it was given untouched', () => {
    const before = JSON.stringify(report);
    renderJson(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
