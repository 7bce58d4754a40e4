import { describe, expect, it } from 'vitest';
import { rowsAsSpreadsheet } from '../test/spreadsheet-rows';
import { spreadsheetCsv } from './spreadsheet-csv';

describe('the spreadsheet CSV writer', () => {
  it('keeps a note with a bare line feed in its cell, so its second line never runs as a formula', () => {
    const note = "Progress made\n=1+1+cmd|' /C calc'!A0";
    const rows = rowsAsSpreadsheet(
      spreadsheetCsv([
        ['ref', 'note'],
        ['1.1.1', note],
        ['1.1.2', 'a\r\nb'],
      ]),
    );
    expect(rows).toEqual([
      ['ref', 'note'],
      ['1.1.1', note],
      ['1.1.2', 'a\r\nb'],
    ]);
    expect(rows.flat().some((cell) => cell.startsWith('='))).toBe(false);
  });

  it('defuses a cell that starts like a formula', () => {
    const [, row] = rowsAsSpreadsheet(spreadsheetCsv([['note'], ['=HYPERLINK("x")']]));
    expect(row![0]).toBe('\'=HYPERLINK("x")');
  });
});
