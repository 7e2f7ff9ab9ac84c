import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import { C, demoSession, T, transcript, turns } from '../test-helpers/fixtures.js';
import { renderText } from './text.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const demo = buildReport(transcript(), demoSession());

describe('renderText', () => {
  it('shows the crisis alert before anything else in the report body', () => {
    const out = renderText(demo);
    const crisis = out.indexOf('CRISIS');
    expect(crisis).toBeGreaterThan(0);
    for (const later of [
      'The three strategies',
      'MITI summary',
      'Client',
      'Moments worth another look',
    ]) {
      expect(out.indexOf(later)).toBeGreaterThan(crisis);
    }
    expect(out).toContain('crisis.ideation.alive');
    expect(out).toContain("I don't want to be alive anymore");
  });

  it('quotes the words of a moment and its suggested rephrasing', () => {
    const out = renderText(demo).replace(/\s+/g, ' ');
    expect(out).toContain('"If you start feeling better" -> try "As you start feeling better"');
  });

  it.each([
    ['Speak as a team', `${demo.strategies.team}/100`],
    ['Therapy as learning', `${demo.strategies.learning}/100`],
    ['Expect change', `${demo.strategies.confidence}/100`],
    ['Complex reflections', 'good'],
    ['Open questions', 'fair'],
    ['Distorted thinking', 'Overgeneralization 1'],
    ['Reliance watch', 'watch'],
  ])('has a line with "%s" and "%s"', (label, value) => {
    const line = renderText(demo)
      .split('\n')
      .find((l) => l.includes(label) && l.includes(value));
    expect(line).toBeDefined();
  });

  it('uses ANSI colours only when asked', () => {
    expect(renderText(demo)).not.toMatch(ANSI);
    const colored = renderText(demo, { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI, '')).toBe(renderText(demo));
  });

  it('fits 80 columns', () => {
    for (const line of renderText(demo).split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('strips control characters from transcript text', () => {
    const r = buildReport(
      transcript(),
      turns(
        C('I want to \x1b[31mend it\x07 all', {
          findings: [{ code: 'crisis', phrase: '\x1b[31mend it\x07 all' }],
        }),
      ),
    );
    expect(renderText(r)).not.toContain('\x1b');
    expect(renderText(r)).not.toContain('\x07');
  });

  it('numbers turns from 1 for people while the JSON index stays 0-based', () => {
    const crisis = demo.alerts.find((a) => a.code === 'crisis');
    expect(crisis?.utterance).toBe(3);
    expect(renderText(demo)).toMatch(/CRISIS Turn 4 \(Mika\):/);
  });

  it('offers a client-turn suggestion as a question to ask, not as a rewording', () => {
    const r = buildReport(
      transcript(),
      turns(
        C('I always get it wrong.', {
          findings: [
            {
              code: 'distortion',
              phrase: 'I always',
              distortion: 'overgeneralization',
              suggestion: 'When did it go differently?',
            },
          ],
        }),
      ),
    );
    const out = renderText(r).replace(/\s+/g, ' ');
    expect(out).toContain('"I always" -> you could ask "When did it go differently?"');
    expect(out).not.toContain('-> try');
  });

  it.each([
    [1, '1 turn.'],
    [2, '2 turns.'],
  ])('counts %i turn(s) in words: "%s"', (n, text) => {
    const specs = [T('Hello.'), C('Hi.')].slice(0, n);
    expect(renderText(buildReport(transcript(), turns(...specs)))).toContain(text);
  });

  it('renders an empty session without alerts or moments sections', () => {
    const out = renderText(buildReport(transcript(), turns(T('Hello.'), C('Hi.'))));
    expect(out).not.toContain('Alerts');
    expect(out).not.toContain('Moments worth another look');
    expect(out).toContain('not measured');
  });
});
