import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText } from 'unpdf';

/** What each export says, read back with a parser for its format. */
export async function readExports(
  get: (url: string) => Promise<{ rawPayload: Buffer; headers: Record<string, unknown> }>,
  id: string,
) {
  const file = (format: string) => get(`/api/reports/${id}/export?format=${format}`);
  const [csv, xlsx, docx, pdf, html] = await Promise.all(['csv', 'xlsx', 'docx', 'pdf', 'html'].map(file));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx!.rawPayload as unknown as ArrayBuffer);
  const sheets = book.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
  const docXml = await (await JSZip.loadAsync(docx!.rawPayload)).file('word/document.xml')!.async('string');
  const pdfText = (await extractText(new Uint8Array(pdf!.rawPayload), { mergePages: true })).text;
  return {
    headers: {
      csv: csv!.headers,
      xlsx: xlsx!.headers,
      docx: docx!.headers,
      pdf: pdf!.headers,
      html: html!.headers,
    },
    csv: parse(csv!.rawPayload.toString('utf8'), { bom: true }) as string[][],
    sheets,
    docXml,
    pdfText: pdfText.replace(/\s+/g, ' '),
    html: html!.rawPayload.toString('utf8'),
  };
}
