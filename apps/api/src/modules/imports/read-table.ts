import { createInflateRaw } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

/**
 * Our CSV exports put an apostrophe before text a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab, carriage return: csv-stringify's `escape_formulas`); reading one back drops it.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

import { AppError } from '../../plugins/errors';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;
export const MAX_CELL_CHARS = 10_000;
/** An .xlsx that unpacks to more than this is refused before it is parsed (zip bombs). */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const refuse = (message: string) => new AppError(422, 'unprocessable', message);

const damaged = () => refuse('The .xlsx workbook is damaged');
const tooBig = () => refuse('The workbook unpacks to more than 50 MB: it cannot be imported');

/**
 * Unpacks every entry of the zip with a running count and stops at `limit` bytes, whatever sizes
 * the zip declares: a zip may understate them, so what they say is never trusted. Nothing is kept.
 */
async function checkUnpackedSize(zip: Buffer, limit: number): Promise<void> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw refuse('The file is not a valid .xlsx workbook');
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw damaged();
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const local = zip.readUInt32LE(offset + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw damaged();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) throw damaged();
    const data = zip.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) total += await inflatedLength(data, limit - total);
    else throw refuse('The .xlsx workbook uses a compression this importer cannot read');
    if (total > limit) throw tooBig();
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
}

/** The length `data` inflates to, counted as it streams, or more than `limit` once it passes it. */
function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let length = 0;
    inflater.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflater.destroy();
        resolve(length);
      }
    });
    inflater.on('end', () => resolve(length));
    inflater.on('error', () => reject(damaged()));
    inflater.end(data);
  });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** A spreadsheet or CSV as rows of cell text, with its limits checked first. */
export async function readTable(fileName: string, data: Buffer): Promise<string[][]> {
  if (data.length > MAX_FILE_BYTES)
    throw new AppError(413, 'payload_too_large', 'Files of up to 5 MB can be imported');
  let rows: string[][];
  if (/\.xlsx$/i.test(fileName)) {
    await checkUnpackedSize(data, MAX_UNPACKED_BYTES);
    // Loaded on the first workbook, not at start-up: exceljs holds tens of MB.
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    try {
      await book.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw refuse('The file is not a valid .xlsx workbook');
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw refuse('The workbook has no sheets');
    rows = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    });
  } else if (/\.csv$/i.test(fileName)) {
    try {
      rows = parse(data, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }).map(
        (row: string[]) => row.map(unescapeFormula),
      );
    } catch (error) {
      throw refuse(`The CSV file cannot be read: ${(error as Error).message}`);
    }
  } else {
    throw new AppError(400, 'bad_request', 'Choose a .csv or .xlsx file');
  }
  if (rows.length > MAX_ROWS + 1) throw refuse(`Files of up to ${MAX_ROWS} rows can be imported`);
  if (rows.some((r) => r.some((c) => c.length > MAX_CELL_CHARS)))
    throw refuse(`A cell is longer than ${MAX_CELL_CHARS} characters`);
  // The database cannot store NUL; a CSV full of them was most likely saved as UTF-16.
  if (rows.some((r) => r.some((c) => c.includes('\u0000'))))
    throw refuse('The file holds NUL characters: save it as CSV (UTF-8) or .xlsx');
  return rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
}
