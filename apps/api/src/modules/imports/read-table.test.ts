import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';

/** A zip whose one sheet unpacks to 60 MB of spaces: a few tens of KB packed. */
async function bomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The same zip, its central directory and local headers claiming every entry unpacks to 1 KB. */
function understated(zip: Buffer): Buffer {
  const lying = Buffer.from(zip);
  for (let at = 0; at + 4 <= lying.length; at++) {
    const signature = lying.readUInt32LE(at);
    if (signature === 0x02014b50) lying.writeUInt32LE(1024, at + 24);
    if (signature === 0x04034b50) lying.writeUInt32LE(1024, at + 22);
  }
  return lying;
}

/** The sizes the central directory declares: what a guard that trusts the zip would add up. */
function declaredSize(zip: Buffer): number {
  let total = 0;
  for (let at = 0; at + 4 <= zip.length; at++)
    if (zip.readUInt32LE(at) === 0x02014b50) total += zip.readUInt32LE(at + 24);
  return total;
}

describe('reading an .xlsx upload', () => {
  it('reads a real workbook', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Plan').addRows([
      ['Priority', 'Outcome', 'Action'],
      ['P1', 'O1', 'A1'],
    ]);
    const rows = await readTable('plan.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows).toEqual([
      ['Priority', 'Outcome', 'Action'],
      ['P1', 'O1', 'A1'],
    ]);
  });

  it('refuses a workbook that unpacks to more than 50 MB, whatever sizes the zip declares', async () => {
    const honest = await bomb();
    expect(honest.length).toBeLessThan(1024 * 1024);
    await expect(readTable('plan.xlsx', honest)).rejects.toMatchObject({
      statusCode: 422,
      message: 'The workbook unpacks to more than 50 MB: it cannot be imported',
    });
    const lying = understated(honest);
    expect(declaredSize(lying)).toBeLessThan(10 * 1024);
    await expect(readTable('plan.xlsx', lying)).rejects.toMatchObject({
      statusCode: 422,
      message: 'The workbook unpacks to more than 50 MB: it cannot be imported',
    });
  });

  it('calls a zip with a broken entry damaged', async () => {
    const zip = await bomb();
    const broken = Buffer.from(zip);
    // The first entry's local header no longer starts where the central directory says.
    broken.writeUInt32LE(0, 0);
    await expect(readTable('plan.xlsx', broken)).rejects.toMatchObject({
      statusCode: 422,
      message: 'The .xlsx workbook is damaged',
    });
  });
});
