import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import { C, demoSession, transcript, turns } from '../test-helpers/fixtures.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildReport(transcript(), demoSession()));

  it('has the same sections as the terminal report, alerts first', () => {
    const order = [
      '# Alliance session report',
      '## Alerts',
      '## The three strategies',
      '## MITI summary',
      '## Client',
      '## Moments worth another look',
    ];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('draws the MITI table with right-aligned numbers', () => {
    expect(md).toContain('| Measure | Value | Fair | Good | Level |');
    expect(md).toContain('| --- | ---: | ---: | ---: | --- |');
    expect(md).toContain('| Complex reflections | 50% | 40% | 50% | good |');
  });

  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['[link](x)', '\\[link\\](x)'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['two\nlines', 'two lines'],
    ['R&D', 'R\\&D'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('escapes transcript words that reach the report', () => {
    const r = buildReport(
      transcript(),
      turns(
        C('I want to <b>end it all</b>', {
          findings: [{ code: 'crisis', phrase: '<b>end it all</b>' }],
        }),
      ),
    );
    const out = renderMarkdown(r);
    expect(out).toContain('\\<b\\>end it all\\</b\\>');
    expect(out).not.toContain('<b>');
  });

  it('puts the + / - of score drivers in bold so they cannot open a nested list', () => {
    const lines = renderMarkdown(buildReport(transcript(), demoSession())).split('\n');
    const drivers = lines.filter((l) => /^- \S+ .*points/.test(l));
    expect(drivers.length).toBeGreaterThan(0);
    for (const l of drivers) expect(l).toMatch(/^- \*\*[+-]\*\* /);
  });
});
