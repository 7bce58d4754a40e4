import type { BoardReport, ReportFormat } from '@ragboard/shared';
import { reportCsv } from './csv';
import { reportDocx } from './docx';
import { reportHtml } from './html';
import { reportPdf } from './pdf';
import { fileName } from './report-rows';
import { reportXlsx } from './xlsx';

const MAKERS: Record<
  ReportFormat,
  { type: string; make: (r: BoardReport) => Promise<Buffer | string> | Buffer | string }
> = {
  pdf: { type: 'application/pdf', make: reportPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: reportDocx },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make: reportXlsx },
  csv: { type: 'text/csv; charset=utf-8', make: reportCsv },
  html: { type: 'text/html; charset=utf-8', make: reportHtml },
};

/** A report in one of its export formats, with its content type and a file name. */
export async function exportReport(report: BoardReport, format: ReportFormat) {
  const { type, make } = MAKERS[format];
  return { body: await make(report), contentType: type, fileName: fileName(report, format) };
}
