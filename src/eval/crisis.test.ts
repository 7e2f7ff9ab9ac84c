import { describe, expect, it } from 'vitest';
import { evalCrisis } from './crisis.js';
import { EvalInputError } from './errors.js';

// Our own rows: two crisis rows (one caught, one phrased beyond the rules), two harmless.
const CSV = [
  'post_id,body,flag',
  'a1,"I keep thinking about ending my life, every night.",yes',
  'a2,"The week has been strange and grey, nothing lands anymore.",yes',
  'b1,"This essay is killing me, I swear.",no',
  'b2,"I\'m not going to kill myself but I think about it.",no',
  '',
].join('\n');

describe('evalCrisis', () => {
  const result = evalCrisis(CSV, { text: 'body', label: 'flag', positive: ['yes'], id: 'post_id' });

  it.each([
    ['n', 4],
    ['tp', 1],
    ['fn', 1],
    ['fp', 1],
    ['tn', 1],
    ['recall', 0.5],
    ['precision', 0.5],
    ['f1', 0.5],
    ['falseAlarmRate', 0.5],
    ['negatedOnly', 1],
  ] as const)('%s = %s', (key, value) => {
    expect(result[key]).toBeCloseTo(value);
  });

  it('lists the missed and false-alarm rows by id with a one-line excerpt', () => {
    expect(result.missed).toEqual([
      { id: 'a2', excerpt: 'The week has been strange and grey, nothing lands anymore.' },
    ]);
    expect(result.falseAlarms.map((r) => r.id)).toEqual(['b2']);
    expect(result.flaggedByKind.ideation).toBe(1);
  });

  it('cuts excerpts to 80 characters on one line and numbers rows without an id column', () => {
    const long = `text,label\n"${'word '.repeat(30)}\nmore",1\n`;
    const r = evalCrisis(long, { text: 'text', label: 'label', positive: ['1'] });
    expect(r.missed[0]?.id).toBe('0');
    expect(r.missed[0]?.excerpt).toHaveLength(80);
    expect(r.missed[0]?.excerpt).not.toContain('\n');
  });

  it('joins columns with +, and keeps only the rows asked for', () => {
    const csv = 'title,body,label\n"I want to die",,1\nhello,there,0\nhi,"I cut myself again",1\n';
    const r = evalCrisis(csv, {
      text: 'title+body',
      label: 'label',
      positive: ['1'],
      rows: (n) => n < 2,
    });
    expect([r.n, r.tp, r.tn]).toEqual([2, 1, 1]);
  });

  it.each([
    [{ text: 'nope', label: 'flag' }, 'missing_column', 'nope'],
    [{ text: 'body', label: 'nope' }, 'missing_column', 'nope'],
    [{ text: 'body+nope', label: 'flag' }, 'missing_column', 'nope'],
  ])('refuses a missing column: %o', (cols, code, detail) => {
    const run = () => evalCrisis(CSV, { ...cols, positive: ['yes'] });
    expect(run).toThrow(EvalInputError);
    expect(run).toThrow(expect.objectContaining({ code, detail }));
  });

  it('refuses input without data rows', () => {
    expect(() =>
      evalCrisis('body,flag\n', { text: 'body', label: 'flag', positive: ['1'] }),
    ).toThrow(expect.objectContaining({ code: 'empty_input' }));
  });
});
