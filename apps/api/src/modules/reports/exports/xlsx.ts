import { type BoardReport, formatMonth, STATUSES } from '@ragboard/shared';
import ExcelJS from 'exceljs';
import {
  actionRows,
  actionWords,
  CHALLENGE_HEADER,
  challengeCells,
  dueWords,
  FINAL_KPI_HEADER,
  FINDING_HEADER,
  finalKpiRows,
  findingRows,
  leadWords,
  PROGRESS_HEADER,
  progressRows,
  STATUS_FILL,
  statusWords,
} from './report-rows';

function fill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
}

function table(
  sheet: ExcelJS.Worksheet,
  header: string[],
  rows: (string | number | null)[][],
  widths: number[],
) {
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 14;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** Excel's rules for a sheet name: none of * ? : \\ / [ ], no closing apostrophe, unique whatever the case. */
function sheetName(book: ExcelJS.Workbook, ref: string): string {
  const base = `Priority ${ref.replace(/[*?:\\/[\]]/g, '-')}`.slice(0, 28).replace(/'+$/, '');
  const taken = (name: string) => book.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base} ${n}`;
  return name;
}

/** A summary sheet, one per priority, KPIs, challenges and findings: frozen headers, filters, status fills. */
export async function reportXlsx(report: BoardReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ragboard';
  // Dated by the snapshot, not the clock, so the same report always gives the same workbook.
  book.created = book.modified = new Date(report.snapshot.takenAt);
  const { summary } = report.snapshot;
  const overview = book.addWorksheet('Summary');
  table(
    overview,
    ['Status', 'Actions', 'Share'],
    STATUSES.map((s) => [
      statusWords(s),
      summary.totals[s],
      summary.total ? summary.totals[s] / summary.total : 0,
    ]),
    [34, 10, 10],
  );
  overview.getColumn(3).numFmt = '0%';
  STATUSES.forEach((s, i) => {
    overview.getCell(i + 2, 1).fill = fill(STATUS_FILL[s]);
  });
  overview.addRow([]);
  overview.addRow([`${report.title}: ${formatMonth(report.period)}`]).font = { bold: true };
  overview.addRow(['Overdue actions', summary.overdue.length]);
  overview.addRow(['Awaiting sign-off', summary.awaitingSignOff.length]);

  const rows = actionRows(report);
  for (const priority of report.snapshot.priorities) {
    const sheet = book.addWorksheet(sheetName(book, priority.ref));
    const mine = rows.filter((r) => r.priority.id === priority.id);
    table(
      sheet,
      ['Ref', 'Outcome', 'Action', 'Due', 'Revised due', 'Lead(s)', 'Status', 'Note'],
      mine.map(({ outcome, action: a }) => [
        a.ref,
        outcome.ref,
        actionWords(a),
        dueWords(a),
        a.newDate?.date ?? null,
        leadWords(a),
        a.status,
        a.note,
      ]),
      [9, 9, 60, 16, 14, 28, 10, 60],
    );
    mine.forEach(({ action: a }, i) => {
      sheet.getCell(i + 2, 7).fill = fill(STATUS_FILL[a.status]);
    });
  }

  if (report.snapshot.closeOut) {
    const progress = book.addWorksheet('Summary of progress');
    const lines = progressRows(report);
    table(
      progress,
      PROGRESS_HEADER,
      lines.map((r) => r.cells),
      [9, 60, 12, 28, 60],
    );
    lines.forEach((r, i) => {
      progress.getCell(i + 2, 3).fill = fill(STATUS_FILL[r.status]);
    });
    table(book.addWorksheet('Final KPIs'), FINAL_KPI_HEADER, finalKpiRows(report), [9, 60, 22, 22, 22, 14]);
  }

  const kpis = book.addWorksheet('KPIs');
  table(
    kpis,
    ['Outcome', 'Measure', 'Baseline', '3 months', '6 months', '12 months', 'Latest', 'Period', 'Judgement'],
    report.snapshot.kpis.map((k) => [
      k.outcomeRef,
      k.statement,
      k.baselineText,
      ...[3, 6, 12].map((m) => k.targets.find((t) => t.monthsFromStart === m)?.text ?? null),
      k.latest?.value ?? null,
      k.latest ? formatMonth(k.latest.period) : null,
      k.latest?.judgement ?? 'no value yet',
    ]),
    [9, 60, 22, 10, 10, 10, 10, 16, 14],
  );

  const challenges = book.addWorksheet('Challenges');
  table(
    challenges,
    CHALLENGE_HEADER,
    report.snapshot.challenges.map(challengeCells),
    [9, 40, 12, 50, 28, 50, 28],
  );

  const findings = book.addWorksheet('Findings');
  const findingLines = findingRows(report);
  table(
    findings,
    FINDING_HEADER,
    findingLines.map((r) => r.cells),
    [50, 30, 50, 10, 60],
  );
  findingLines.forEach((r, i) => {
    if (r.status) findings.getCell(i + 2, 4).fill = fill(STATUS_FILL[r.status]);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
