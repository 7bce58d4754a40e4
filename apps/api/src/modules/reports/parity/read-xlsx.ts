import ExcelJS from 'exceljs';
import { documentBuilder, words } from './parsed-document';

const cellText = (value: ExcelJS.CellValue) => words(value == null ? '' : String(value));

/**
 * The Excel export read back cell by cell: a sheet per section, its heading in A1; a table is a run of
 * rows grouped under its header row (outline level 1), with its caption in the row above the header;
 * any other bold row is a subheading.
 */
export async function readXlsx(file: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const read = documentBuilder();
  const [cover, ...sheets] = book.worksheets;
  read.title(cellText(cover!.getCell(1, 1).value));
  const text: string[] = [];
  for (const sheet of sheets) {
    const rows: { values: string[]; grouped: boolean; bold: boolean }[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      rows.push({ values, grouped: (row.outlineLevel ?? 0) > 0, bold: !!row.getCell(1).font?.bold });
      text.push(...values);
    });
    read.section(rows[0]?.values[0] ?? '');
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i]!;
      if (rows[i + 1]?.grouped && !row.grouped) continue; // a header: read with its table
      if (rows[i + 2]?.grouped && !rows[i + 1]?.grouped) continue; // a caption: likewise
      if (row.grouped) {
        const start = i;
        while (rows[i + 1]?.grouped) i++;
        read.table({
          caption: rows[start - 2]?.values[0] ?? '',
          header: rows[start - 1]!.values,
          rows: rows.slice(start, i + 1).map((r) => r.values),
        });
      } else if (row.values[0]?.startsWith('• ')) read.item(row.values[0].slice(2));
      else if (row.bold) read.subheading(row.values[0] ?? '');
      else read.paragraph(row.values.join(' '));
    }
  }
  read.doc.text = words(text.join(' '));
  return read.doc;
}
