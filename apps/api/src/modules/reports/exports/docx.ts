import { type BoardReport, formatMonth, STATUSES } from '@ragboard/shared';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  actionWords,
  CHALLENGE_HEADER,
  CHALLENGES_HEADING,
  CHALLENGES_LEAD,
  challengeCells,
  dueWords,
  FINAL_KPI_HEADER,
  FINDING_HEADER,
  FINDINGS_HEADING,
  FINDINGS_LEAD,
  finalKpiRows,
  findingRows,
  leadWords,
  NO_CHALLENGES,
  PROGRESS_HEADER,
  PROGRESS_HEADING,
  PROGRESS_LEAD,
  progressRows,
  STATUS_FILL,
  statusWords,
} from './report-rows';

function cell(text: string, options: { bold?: boolean; fill?: string } = {}) {
  return new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] })),
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
  });
}

function table(
  header: string[],
  rows: { cells: string[]; statusColumn?: number; status?: keyof typeof STATUS_FILL | null }[],
) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true })) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.cells.map((text, i) =>
              cell(text, { fill: i === r.statusColumn && r.status ? STATUS_FILL[r.status] : undefined }),
            ),
          }),
      ),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });

/** An editable board paper: real Word headings and tables, ready for a committee template. */
export async function reportDocx(report: BoardReport): Promise<Buffer> {
  const { snapshot, commentary } = report;
  const { summary } = snapshot;
  const sections = new Set(report.sections);
  const body: (Paragraph | Table)[] = [
    heading(report.title, HeadingLevel.TITLE),
    para(`${snapshot.plan.title}: position at ${formatMonth(report.period)}`),
  ];
  if (commentary.overall)
    body.push(heading('Commentary', HeadingLevel.HEADING_1), ...commentary.overall.split('\n').map(para));
  if (sections.has('summary')) {
    body.push(
      heading('Summary', HeadingLevel.HEADING_1),
      para(`${summary.total} actions; ${Math.round(summary.completion * 100)}% completed and signed off.`),
      table(
        ['Status', 'Actions'],
        STATUSES.map((s) => ({
          cells: [statusWords(s), String(summary.totals[s])],
          statusColumn: 0,
          status: s,
        })),
      ),
    );
  }
  if (sections.has('changes') && snapshot.sinceLastReport) {
    body.push(
      heading(
        `Changes since the last board (${formatMonth(snapshot.sinceLastReport.period)})`,
        HeadingLevel.HEADING_1,
      ),
    );
    body.push(
      snapshot.sinceLastReport.changes.length
        ? table(
            ['Ref', 'Action', 'Was', 'Now'],
            snapshot.sinceLastReport.changes.map((c) => ({
              cells: [c.ref, c.title, c.from, c.to],
              statusColumn: 3,
              status: c.to,
            })),
          )
        : para('No action changed status.'),
    );
  }
  if (sections.has('challenges')) {
    body.push(heading(CHALLENGES_HEADING, HeadingLevel.HEADING_1), para(CHALLENGES_LEAD));
    body.push(
      snapshot.challenges.length
        ? table(
            CHALLENGE_HEADER,
            snapshot.challenges.map((c) => ({ cells: challengeCells(c), statusColumn: 2, status: c.status })),
          )
        : para(NO_CHALLENGES),
    );
  }
  if (sections.has('exceptions')) {
    const exceptions = snapshot.priorities
      .flatMap((p) => p.outcomes.flatMap((o) => o.actions))
      .filter((a) => a.status === 'Red' || a.status === 'Amber');
    body.push(heading('Exceptions: Red and Amber actions', HeadingLevel.HEADING_1));
    body.push(
      exceptions.length
        ? table(
            ['Ref', 'Action', 'Status', 'Revised due', 'Note'],
            exceptions.map((a) => ({
              cells: [a.ref, a.title, a.status, a.newDate?.date ?? '', a.note ?? ''],
              statusColumn: 2,
              status: a.status,
            })),
          )
        : para('None.'),
    );
  }
  if (snapshot.closeOut) {
    body.push(
      heading(PROGRESS_HEADING, HeadingLevel.HEADING_1),
      para(PROGRESS_LEAD),
      table(
        PROGRESS_HEADER,
        progressRows(report).map((r) => ({ cells: r.cells, statusColumn: 2, status: r.status })),
      ),
    );
    if (snapshot.closeOut.kpis.length)
      body.push(
        table(
          FINAL_KPI_HEADER,
          finalKpiRows(report).map((cells) => ({ cells })),
        ),
      );
  }
  if (sections.has('kpis') && snapshot.kpis.length) {
    body.push(
      heading('Key performance indicators', HeadingLevel.HEADING_1),
      table(
        ['Outcome', 'Measure', 'Baseline', 'Latest', 'Judgement'],
        snapshot.kpis.map((k) => ({
          cells: [
            k.outcomeRef,
            k.statement,
            k.baselineText ?? '',
            k.latest ? String(k.latest.value) : '',
            k.latest?.judgement ?? 'no value yet',
          ],
        })),
      ),
    );
  }
  if (sections.has('findings') && snapshot.findings.length) {
    body.push(
      heading(FINDINGS_HEADING, HeadingLevel.HEADING_1),
      para(FINDINGS_LEAD),
      table(
        FINDING_HEADER,
        findingRows(report).map((r) => ({ cells: r.cells, statusColumn: 3, status: r.status })),
      ),
    );
  }
  if (sections.has('actions')) {
    for (const p of snapshot.priorities) {
      body.push(heading(`Priority ${p.ref}: ${p.title}`, HeadingLevel.HEADING_1));
      const note = commentary.priorities[p.ref];
      if (note) body.push(...note.split('\n').map(para));
      for (const o of p.outcomes) {
        body.push(heading(`Outcome ${o.ref}`, HeadingLevel.HEADING_2), para(o.title));
        body.push(
          table(
            ['Ref', 'Action', 'Due', 'Lead(s)', 'Status', 'Note'],
            o.actions.map((a) => ({
              cells: [a.ref, actionWords(a), dueWords(a), leadWords(a), a.status, a.note ?? ''],
              statusColumn: 4,
              status: a.status,
            })),
          ),
        );
      }
    }
  }
  const document = new Document({ creator: 'ragboard', title: report.title, sections: [{ children: body }] });
  return Packer.toBuffer(document);
}
