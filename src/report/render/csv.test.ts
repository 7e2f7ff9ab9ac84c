import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import { C, demoSession, T, transcript, turns } from '../test-helpers/fixtures.js';
import { csvCell, csvColumns, renderCsv } from './csv.js';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('renderCsv', () => {
  it('writes a header and one row per utterance with labels, finding codes and rule ids', () => {
    const rows = parseCsv(renderCsv(buildReport(transcript(), demoSession())));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(1 + demoSession().length);
    const crisis = rows[4] ?? [];
    expect(crisis.slice(0, 3)).toEqual(['3', 'Mika', 'client']);
    expect(crisis[9]).toBe('neutral');
    expect(crisis[10]).toBe('crisis');
    expect(crisis[11]).toBe('crisis.ideation.alive');
    expect(rows[1]?.[10]).toBe('we_talk;open_question');
  });

  it('leaves out the header when asked', () => {
    const rows = parseCsv(renderCsv(buildReport(transcript(), turns(T('Hi.'))), { header: false }));
    expect(rows).toEqual([
      ['0', 'Dr Rowan', 'therapist', '', '', '1', '', '', '', '', '', '', 'Hi.'],
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 7000', "'+44 7000"],
    ['-1 for me', "'-1 for me"],
    ['@here', "'@here"],
    ['=1,2', `"'=1,2"`],
    ['\tTAB', "'\tTAB"],
  ])('cell %j becomes %j', (raw, cell) => {
    expect(csvCell(raw)).toBe(cell);
  });

  it('round-trips awkward text through a CSV reader', () => {
    const text = 'I said "stop", then\nleft, =HYPERLINK("x")';
    const rows = parseCsv(renderCsv(buildReport(transcript(), turns(C(text))), { header: false }));
    expect(rows[0]?.[12]).toBe(text);
  });

  it('writes times where the transcript has them', () => {
    const rows = parseCsv(
      renderCsv(buildReport(transcript(), turns(T('Hello.', { start: 12.5 }))), { header: false }),
    );
    expect(rows[0]?.[3]).toBe('12.5');
  });
});
