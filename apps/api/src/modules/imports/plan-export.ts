import {
  formatMonth,
  type ImportColumn,
  isBehind,
  type PlanExportFormat,
  type PlanTree,
} from '@ragboard/shared';
import ExcelJS from 'exceljs';
import { spreadsheetCsv } from '../../csv/spreadsheet-csv';
import type { Db } from '../../db/client';
import { NotFoundError } from '../../plugins/errors';
import { actionsRepository } from '../actions';
import { plansRepository } from '../plans';
import { COLUMN_HEADERS } from './import-columns';

/** The importer's columns, in the order a person reads them. */
const IMPORTED: ImportColumn[] = [
  'ref',
  'priority',
  'outcome',
  'action',
  'lead',
  'due',
  'status',
  'note',
  'revisedDue',
];
/** Columns for the reader only: the importer does not know these headers, so it passes them by. */
const FOR_READING = ['Organisation', 'Overdue'];
const HEADER = [...IMPORTED.map((c) => COLUMN_HEADERS[c]), ...FOR_READING];
const WIDTHS = [9, 30, 40, 60, 28, 16, 8, 60, 12, 28, 8];

/** One row per live action, in the plan's order, with its current status and that status's note. */
async function exportRows(db: Db, planId: string, now: Date) {
  const tree = await plansRepository(db).tree(planId, now);
  if (!tree) throw new NotFoundError('Plan');
  const notes = await actionsRepository(db).currentNotes(planId);
  const rows = tree.priorities.flatMap((p) =>
    p.outcomes.flatMap((o) =>
      o.actions.map((a) => [
        a.ref,
        p.title,
        o.title,
        a.title,
        // The importer splits leads on "/", so a name is never cut in two.
        a.leads.map((l) => l.name).join(' / '),
        a.dueMonth ? formatMonth(a.dueMonth) : (a.dueText ?? ''),
        a.status,
        notes.get(a.id) ?? '',
        a.newDate?.date ?? '',
        [...new Set(a.leads.map((l) => l.organisation).filter(Boolean))].join(', '),
        isBehind(a) ? 'Yes' : 'No',
      ]),
    ),
  );
  return { tree, rows };
}

function planCsv(rows: string[][]): Buffer {
  return spreadsheetCsv([HEADER, ...rows]);
}

/** The plan on the first sheet, where the importer reads it: frozen header, filters, wrapped text. */
async function planXlsx(tree: PlanTree, rows: string[][], now: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ragboard';
  book.created = book.modified = now;
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = WIDTHS[i] ?? 14;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADER.length } };
  book.title = tree.title;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const PLAN_EXPORT_CONTENT_TYPES: Record<PlanExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A plan as a file the importer reads back: its body, content type and a file name. */
export async function exportPlan(db: Db, planId: string, format: PlanExportFormat, now: Date) {
  const { tree, rows } = await exportRows(db, planId, now);
  return {
    body: format === 'csv' ? planCsv(rows) : await planXlsx(tree, rows, now),
    contentType: PLAN_EXPORT_CONTENT_TYPES[format],
    fileName: `${tree.slug}-${now.toISOString().slice(0, 10)}.${format}`,
  };
}
