import type { BoardReport, ReportFormat } from '@ragboard/shared';

type Maker = (r: BoardReport) => Promise<Buffer | string> | Buffer | string;

/**
 * Each format's maker is loaded on its first export: the document libraries (pdfkit, docx,
 * exceljs) hold tens of MB once loaded, which a server that never exports should not carry.
 */
const MAKERS: Record<ReportFormat, { type: string; load: () => Promise<Maker> }> = {
  pdf: { type: 'application/pdf', load: async () => (await import('./pdf')).reportPdf },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    load: async () => (await import('./docx')).reportDocx,
  },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    load: async () => (await import('./xlsx')).reportXlsx,
  },
  csv: { type: 'text/csv; charset=utf-8', load: async () => (await import('./csv')).reportCsv },
  html: { type: 'text/html; charset=utf-8', load: async () => (await import('./html')).reportHtml },
};

/** Every content type an export may have, for the route's OpenAPI entry. */
export const REPORT_CONTENT_TYPES = Object.values(MAKERS).map((maker) => maker.type);

/** "board-pack-2026-11.pdf": the report's title as a file name, with its month. */
export function fileName(report: BoardReport, extension: string): string {
  const slug = report.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'board-report'}-${report.period}.${extension}`;
}

/** A report in one of its export formats, with its content type and a file name. */
export async function exportReport(report: BoardReport, format: ReportFormat) {
  const { type, load } = MAKERS[format];
  const make = await load();
  return { body: await make(report), contentType: type, fileName: fileName(report, format) };
}
