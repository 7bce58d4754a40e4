import {
  type BoardReport,
  cellLines,
  type DocumentBlock,
  type DocumentCell,
  type DocumentSection,
  type DocumentSectionId,
  type DocumentTable,
  reportDocument,
} from '@ragboard/shared';
import ExcelJS from 'exceljs';
import { cellFill, latenessFill, STATUS_LOOK, type StatusPattern } from './document-style';

/** Each part of the report on its own sheet, named short enough for Excel's 31 characters. */
const SHEET_NAMES: Record<DocumentSectionId, string> = {
  commentary: 'Commentary',
  progress: 'Summary of progress',
  summary: 'Summary',
  changes: 'Changes',
  challenges: 'Challenges',
  exceptions: 'Exceptions',
  overdue: 'Overdue',
  'awaiting-sign-off': 'Awaiting sign-off',
  kpis: 'KPIs',
  findings: 'Findings',
  actions: 'Every action',
};

/** Excel's fill patterns nearest the charts' status patterns. */
const PATTERN: Record<StatusPattern, ExcelJS.FillPatterns> = {
  solid: 'solid',
  dots: 'gray125',
  diagonal: 'lightUp',
  horizontal: 'lightHorizontal',
  crosshatch: 'lightGrid',
};

const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${hex}` },
});

function fill(cell: DocumentCell): ExcelJS.Fill | null {
  if (cell.kind === 'status') {
    const look = STATUS_LOOK[cell.status];
    if (look.pattern === 'solid') return solid(look.fill);
    return {
      type: 'pattern',
      pattern: PATTERN[look.pattern],
      fgColor: { argb: `FF${look.stripe}` },
      bgColor: { argb: `FF${look.fill}` },
    };
  }
  const hex = cellFill(cell) ?? latenessFill(cell);
  return hex ? solid(hex) : null;
}

/** A number stays a number, for sums and filters; other cells are their words, a line each. */
const value = (cell: DocumentCell) => (cell.kind === 'number' ? cell.value : cellLines(cell).join('\n'));

/** A table under its caption: a bold header, then its rows grouped so each table folds away. */
function table(sheet: ExcelJS.Worksheet, t: DocumentTable) {
  sheet.addRow([t.caption]).font = { bold: true, size: 12 };
  const header = sheet.addRow(t.columns.map((c) => c.heading));
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = solid('E5E6E7');
    c.border = { bottom: { style: 'thin' } };
  });
  for (const r of t.rows) {
    const row = sheet.addRow(r.cells.map(value));
    row.outlineLevel = 1;
    r.cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      target.alignment = {
        wrapText: true,
        vertical: 'top',
        horizontal: t.columns[i]!.numeric ? 'right' : 'left',
      };
      const shade = fill(cell);
      if (shade) target.fill = shade;
      if (t.columns[i]!.rowHeader || cell.kind === 'status') target.font = { bold: true };
    });
  }
  sheet.addRow([]);
}

function block(sheet: ExcelJS.Worksheet, b: DocumentBlock) {
  if (b.kind === 'paragraphs') for (const p of b.paragraphs) sheet.addRow([p]);
  else if (b.kind === 'bullets') for (const item of b.items) sheet.addRow([`• ${item}`]);
  else if (b.kind === 'subheading')
    sheet.addRow([b.text]).font = { bold: true, size: b.level === 3 ? 13 : 12 };
  else table(sheet, b);
}

/** Columns as wide as the widest table on the sheet needs them. */
function widen(sheet: ExcelJS.Worksheet, s: DocumentSection) {
  const widths: number[] = [];
  for (const b of s.blocks) {
    if (b.kind !== 'table') continue;
    for (const [i, c] of b.columns.entries()) widths[i] = Math.max(widths[i] ?? 0, Math.round(c.weight * 8));
  }
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.max(w, 10);
  });
}

function uniqueName(book: ExcelJS.Workbook, name: string): string {
  const taken = (n: string) => book.worksheets.some((ws) => ws.name.toLowerCase() === n.toLowerCase());
  let unique = name;
  for (let n = 2; taken(unique); n++) unique = `${name} ${n}`;
  return unique;
}

/** The report's document with a sheet for the cover and one for each section, in the report's order. */
export async function reportXlsx(report: BoardReport): Promise<Buffer> {
  const doc = reportDocument(report);
  const book = new ExcelJS.Workbook();
  book.creator = 'ragboard';
  // Dated by the snapshot, not the clock, so the same report always gives the same workbook.
  book.created = book.modified = new Date(report.snapshot.takenAt);
  const cover = book.addWorksheet('Report');
  cover.addRow([doc.title]).font = { bold: true, size: 16 };
  for (const f of doc.cover.facts) cover.addRow([f.label, f.text]).getCell(1).font = { bold: true };
  for (const n of doc.cover.notices) cover.addRow([n]).font = { bold: true };
  cover.getColumn(1).width = 16;
  cover.getColumn(2).width = 70;
  for (const s of doc.sections) {
    const sheet = book.addWorksheet(uniqueName(book, SHEET_NAMES[s.id]));
    sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
    sheet.addRow([s.heading]).font = { bold: true, size: 14 };
    if (s.intro) sheet.addRow([s.intro]).font = { italic: true };
    if (s.empty !== null) sheet.addRow([s.empty]);
    for (const b of s.blocks) block(sheet, b);
    widen(sheet, s);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
