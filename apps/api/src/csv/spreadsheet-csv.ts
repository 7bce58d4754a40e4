import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer for every export (the plan, a board report, the public open data): UTF-8
 * with a byte-order mark and CRLF rows, as Excel opens it. A cell starting like a formula is
 * defused (csv-stringify's `escape_formulas`), and every cell holding a line break is quoted,
 * bare LF included: unquoted, a spreadsheet starts a new row there and runs what follows as a
 * formula of its own.
 */
export function spreadsheetCsv(rows: readonly (readonly unknown[])[]): Buffer {
  const csv = stringify(rows as unknown[][], {
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}
