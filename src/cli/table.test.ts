import { describe, expect, it } from 'vitest';
import type { SummaryRow } from './summary.js';
import { SummaryTable, TABLE_ROW_CAP, TABLE_WIDTH } from './table.js';

const row = (name: string, over: Partial<SummaryRow> = {}): SummaryRow => ({
  name,
  turns: 120,
  weTalk: 2.345,
  reflectionToQuestion: 0.8,
  percentOpen: 45,
  percentComplex: 30,
  absolutist: 1.25,
  team: 62,
  learning: 40,
  confidence: 71,
  alerts: 0,
  crisis: false,
  ...over,
});

// The widest figures each column can show: 4-digit turns, two-digit rates, 100%, 3 alerts.
const widest = (name: string): SummaryRow =>
  row(name, {
    turns: 9999,
    weTalk: 12.5,
    reflectionToQuestion: 10.25,
    percentOpen: 100,
    percentComplex: 100,
    absolutist: 15.5,
    team: 100,
    learning: 100,
    confidence: 100,
    alerts: 3,
    crisis: true,
  });

const table = (...rows: SummaryRow[]): SummaryTable => {
  const t = new SummaryTable();
  rows.forEach((r) => t.add(r));
  return t;
};
const lines = (t: SummaryTable, color = false): string[] => t.render(color).trimEnd().split('\n');
// Columns as a terminal counts them: colour codes take none.
const ESC = String.fromCharCode(27);
const columns = (line: string): number =>
  [
    ...line
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, '')))
      .join(''),
  ].length;

describe('the batch summary table', () => {
  it.each([
    ['short names', [row('a.txt'), row('b.vtt')]],
    ['a folder path', [row('sessions/2024/march/client-04-session-12.txt')]],
    [
      'a very long path and the widest figures',
      [widest(`${'deeply/nested/folder/'.repeat(6)}s001.txt`), row('b.txt')],
    ],
    ['missing figures', [row('c.txt', { reflectionToQuestion: null, percentComplex: null })]],
    ['a CSV with transcript ids', [row('annomi.csv#transcript-101'), widest('annomi.csv#7')]],
  ])(`fits ${TABLE_WIDTH} columns: %s`, (_name, rows) => {
    for (const color of [false, true]) {
      for (const line of lines(table(...rows), color))
        expect(columns(line), line).toBeLessThanOrEqual(TABLE_WIDTH);
    }
  });

  it('lines every figure up under its header', () => {
    const [header = '', ...rest] = lines(table(row('a.txt'), widest('longer-name.txt')));
    const ends = (line: string): number[] =>
      // A crisis count ("3 !") is one cell.
      [...line.matchAll(/\S+(?: !)?/g)].slice(1).map((m) => (m.index ?? 0) + m[0].length);
    expect(ends(rest[0] ?? '')).toEqual(ends(header));
    expect(ends(rest[1] ?? '')).toEqual(ends(header));
  });

  it.each([
    ['a name that fits is kept whole', 'sessions/a.txt', /^sessions\/a\.txt +120 /],
    [
      'a long name keeps its end',
      `${'x/'.repeat(60)}final-session.txt`,
      /^…[x/]+final-session\.txt +120 /,
    ],
  ])('%s', (_name, name, shown) => {
    expect(lines(table(row(name)))[1]).toMatch(shown);
  });

  it.each([
    ['a crisis row is marked with !', row('a.txt', { alerts: 2, crisis: true }), / 2 !$/],
    ['other alerts are a count', row('a.txt', { alerts: 1 }), / 1$/],
    ['a missing figure is a dash', row('a.txt', { percentOpen: null }), / - /],
  ])('%s', (_name, r, pattern) => {
    expect(lines(table(r))[1]).toMatch(pattern);
  });

  it('colours crisis rows only', () => {
    const [, calm = '', crisis = ''] = lines(
      table(row('a.txt'), row('b.txt', { crisis: true, alerts: 1 })),
      true,
    );
    expect(calm).not.toContain('\u001b[31m');
    expect(crisis.startsWith('\u001b[31m')).toBe(true);
  });

  it('keeps at most the row cap and counts the rest', () => {
    const t = table(...Array.from({ length: TABLE_ROW_CAP + 5 }, (_v, i) => row(`s${i}.txt`)));
    const text = t.render(false);
    expect(text).toContain('... 5 more');
    expect(text).toContain(`${TABLE_ROW_CAP + 5} transcripts analysed`);
  });

  it.each([
    [0, 0, '1 transcript analysed'],
    [2, 0, '1 transcript analysed, 2 failed'],
    [0, 1, '1 transcript analysed, 1 with a CRISIS alert (marked !)'],
  ])('totals with %i failed and %i crisis', (failed, crisis, expected) => {
    const t = table(row('a.txt', { crisis: crisis > 0, alerts: crisis }));
    t.failed = failed;
    expect(t.totals()).toBe(expected);
  });
});
