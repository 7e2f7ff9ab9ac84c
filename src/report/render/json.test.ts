import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import { renderJson } from '../render.js';
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
    expect(reportSchema.parse(JSON.parse(out))).toEqual(report);
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
});
