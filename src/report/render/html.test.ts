import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../markers/types.js';
import { buildReport } from '../build.js';
import { C, demoSession, T, transcript, turns } from '../test-helpers/fixtures.js';
import { escapeHtml } from './escape.js';
import { highlightHtml } from './highlight.js';
import { renderHtml } from './html.js';
import { timelineSvg } from './timeline.js';

const demoHtml = renderHtml(buildReport(transcript(), demoSession()));

describe('renderHtml', () => {
  it('is one self-contained page: no scripts, no external addresses, inline CSS and SVG', () => {
    expect(demoHtml.startsWith('<!doctype html>')).toBe(true);
    expect(demoHtml).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(demoHtml).not.toMatch(/(src|href)="(?!#)/);
    expect(demoHtml).not.toMatch(/https?:|\/\//);
    expect(demoHtml).toContain('<style>');
    expect(demoHtml).toContain('<svg');
  });

  it('puts the crisis alert before the strategies', () => {
    expect(demoHtml.indexOf('s-critical')).toBeGreaterThan(0);
    expect(demoHtml.indexOf('s-critical')).toBeLessThan(demoHtml.indexOf('The three strategies'));
  });

  it('draws one timeline bar per turn and marks the crisis turn in red', () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(demoHtml)?.[0] ?? '';
    expect(svg.match(/<rect /g)).toHaveLength(demoSession().length);
    expect(svg.match(/class="turn crisis"/g)).toHaveLength(1);
    expect(svg).toContain('href="#u3"');
  });

  it.each([
    [4, ['1', '2', '3', '4']],
    [43, ['10', '20', '30', '40']],
    [571, ['50', '100', '550']],
  ])('labels %i turns on the timeline at round steps', (n, labels) => {
    const svg = timelineSvg(turns(...Array.from({ length: n }, () => T('Hello.'))));
    const shown = [...svg.matchAll(/<text [^>]*>(\d+)<\/text>/g)].map((m) => m[1]);
    for (const l of labels) expect(shown).toContain(l);
    expect(shown.length).toBeLessThanOrEqual(12);
  });

  it('highlights spans with <mark> titled with the rule id', () => {
    expect(demoHtml).toContain(
      '<mark class="t-crisis f-crisis" title="Possible crisis statement (crisis.ideation.alive)">I don&#39;t want to be alive anymore</mark>',
    );
    expect(demoHtml).toContain('id="u3"');
  });

  it.each<[string, FindingCode[], string]>([
    ['a crisis over praise', ['we_talk', 'crisis'], 't-crisis'],
    ['a concern over praise', ['credit', 'closed_question'], 't-look'],
    ['praise alone', ['we_talk', 'reflection'], 't-good'],
  ])('colours overlapping findings by the strongest tone: %s', (_name, codes, tone) => {
    const [u] = turns(
      C('word here', { findings: codes.map((code) => ({ code, phrase: 'word' })) }),
    );
    expect(highlightHtml(u!)).toMatch(new RegExp(`^<mark class="${tone} `));
  });

  it.each([
    [C, 'you could ask &quot;Is that so?&quot;'],
    [T, 'try &quot;Is that so?&quot;'],
  ])('words a suggestion in the highlight title by who spoke (%#)', (who, text) => {
    const [u] = turns(
      who('word', {
        findings: [
          { code: 'distortion', phrase: 'word', distortion: 'labeling', suggestion: 'Is that so?' },
        ],
      }),
    );
    expect(highlightHtml(u!)).toContain(text);
  });

  it('renders a <script> in a transcript inert, in the summary, the timeline and the transcript', () => {
    const evil = '<script>alert("x")</script>';
    const r = buildReport(
      { ...transcript(), source: `${evil}.vtt` },
      turns(
        T(`${evil} Is it bad?`, {
          speaker: `<img src=x onerror=alert(1)>`,
          findings: [{ code: 'closed_question', phrase: evil, suggestion: evil }],
        }),
        C(`I want to end it ${evil}`, { findings: [{ code: 'crisis', phrase: `end it ${evil}` }] }),
      ),
    );
    const html = renderHtml(r);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('highlightHtml', () => {
  it.each([
    { name: 'no findings', text: 'a < b', findings: [], html: 'a &lt; b' },
    {
      name: 'one span',
      text: 'we can try',
      findings: [{ code: 'we_talk' as const, rule: 'r1', start: 0, end: 2 }],
      html: '<mark class="t-good f-we_talk" title="We-talk (r1)">we</mark> can try',
    },
    {
      name: 'overlapping spans are cut at every boundary',
      text: 'abcdef',
      findings: [
        { code: 'hedge' as const, rule: 'h', start: 0, end: 4 },
        { code: 'credit' as const, rule: 'c', start: 2, end: 6 },
      ],
      html:
        '<mark class="t-look f-hedge" title="Hedge (h)">ab</mark>' +
        '<mark class="t-look f-hedge f-credit" title="Hedge (h); Credit to the client (c)">cd</mark>' +
        '<mark class="t-good f-credit" title="Credit to the client (c)">ef</mark>',
    },
    {
      name: 'spans past the end are clipped and empty spans ignored',
      text: 'abc',
      findings: [
        { code: 'hedge' as const, rule: 'h', start: 1, end: 99 },
        { code: 'credit' as const, rule: 'c', start: 2, end: 2 },
      ],
      html: 'a<mark class="t-look f-hedge" title="Hedge (h)">bc</mark>',
    },
  ])('$name', ({ text, findings, html }) => {
    expect(highlightHtml({ text, findings })).toBe(html);
  });

  it('escapes quotes in attribute values', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
