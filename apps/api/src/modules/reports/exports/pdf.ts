import { type BoardReport, formatMonth, STATUSES } from '@ragboard/shared';
import PDFDocument from 'pdfkit';
import {
  actionWords,
  CHALLENGES_HEADING,
  CHALLENGES_LEAD,
  dayWords,
  dueWords,
  FINDINGS_HEADING,
  FINDINGS_LEAD,
  finalKpiRows,
  judgementWords,
  leadWords,
  NO_CHALLENGES,
  PROGRESS_HEADING,
  PROGRESS_LEAD,
  progressRows,
  STATUS_FILL,
  statusWords,
} from './report-rows';

const MARGIN = 50;

/** A4 board paper drawn in Node (pdfkit): cover, summary with its chart, changes, exceptions, every action. */
export function reportPdf(report: BoardReport): Promise<Buffer> {
  const { snapshot, commentary } = report;
  const { summary } = snapshot;
  const sections = new Set(report.sections);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // Language and title for screen readers; the HTML and Word exports carry full structure.
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: report.title, Creator: 'ragboard', CreationDate: new Date(report.snapshot.takenAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - MARGIN * 2;
  const h1 = (text: string) =>
    doc
      .moveDown()
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(text)
      .font('Helvetica')
      .fontSize(10)
      .moveDown(0.5);
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(text, { width });

  doc.font('Helvetica-Bold').fontSize(26).text(report.title, { width }).moveDown();
  doc.font('Helvetica').fontSize(14).text(snapshot.plan.title, { width }).moveDown(0.5);
  doc.fontSize(14).text(`Position at ${formatMonth(report.period)}`);
  if (commentary.overall) doc.moveDown(2).fontSize(11).text(commentary.overall, { width });

  if (sections.has('summary')) {
    doc.addPage();
    h1('Summary');
    line(`${summary.total} actions; ${Math.round(summary.completion * 100)}% completed and signed off.`);
    doc.moveDown();
    // A bar per status, its word and number beside it: the chart never relies on colour alone.
    const max = Math.max(1, ...STATUSES.map((s) => summary.totals[s]));
    for (const s of STATUSES) {
      const y = doc.y;
      doc
        .rect(MARGIN, y, (width - 200) * (summary.totals[s] / max) + 2, 14)
        .fill(`#${STATUS_FILL[s]}`)
        .stroke();
      doc.fillColor('black').text(`${statusWords(s)}: ${summary.totals[s]}`, MARGIN + width - 190, y + 2);
      doc.y = y + 20;
    }
    // The words beside the bars moved the cursor right: what follows starts at the margin again.
    doc.x = MARGIN;
  }
  if (snapshot.closeOut) {
    doc.addPage();
    h1(PROGRESS_HEADING);
    line(PROGRESS_LEAD);
    for (const r of progressRows(report)) {
      const [ref, title, status, signedOff, became] = r.cells;
      doc.moveDown(0.3).font('Helvetica-Bold').text(`${ref}  ${status}`, { continued: true });
      doc.font('Helvetica').text(`  ${title}`, { width });
      line(signedOff ? `${became}: ${signedOff}` : became!);
    }
    if (snapshot.closeOut.kpis.length) {
      h1('Key performance indicators at the close');
      for (const [outcome, measure, baseline, target, final, judgement] of finalKpiRows(report)) {
        doc.moveDown(0.3).font('Helvetica-Bold').text(`${outcome}  ${measure}`, { width });
        line(
          `Baseline ${baseline || 'none'}; 12-month target ${target || 'none'}; final ${final}${judgement ? `, ${judgement.toLowerCase()}` : ''}`,
        );
      }
    }
  }
  if (sections.has('changes') && snapshot.sinceLastReport) {
    h1(`Changes since the last board (${formatMonth(snapshot.sinceLastReport.period)})`);
    if (snapshot.sinceLastReport.changes.length === 0) line('No action changed status.');
    for (const c of snapshot.sinceLastReport.changes)
      line(`${c.ref} ${c.title.split('\n')[0]}: ${c.from} to ${c.to}`);
  }
  if (sections.has('challenges')) {
    h1(CHALLENGES_HEADING);
    line(CHALLENGES_LEAD);
    doc.moveDown(0.5);
    if (snapshot.challenges.length === 0) line(NO_CHALLENGES);
    for (const c of snapshot.challenges) {
      doc
        .font('Helvetica-Bold')
        .text(`${c.action.ref} ${c.status} challenged by ${c.raisedBy}, ${dayWords(c.raisedAt)}`);
      line(c.reason);
      if (c.answer) line(`Answer from ${c.answer.by}, ${dayWords(c.answer.at)}: ${c.answer.text}`);
      else doc.font('Helvetica-Oblique').text('Not yet answered.', { width }).font('Helvetica');
      doc.moveDown(0.5);
    }
  }
  if (sections.has('exceptions')) {
    h1('Exceptions: Red and Amber actions');
    for (const p of snapshot.priorities) {
      for (const a of p.outcomes
        .flatMap((o) => o.actions)
        .filter((x) => x.status === 'Red' || x.status === 'Amber')) {
        doc
          .font('Helvetica-Bold')
          .text(`${a.ref} ${a.status}${a.newDate ? `, new date ${a.newDate.date}` : ''}`);
        line(a.title);
        if (a.note) doc.font('Helvetica-Oblique').text(a.note, { width }).font('Helvetica');
        doc.moveDown(0.5);
      }
    }
  }
  if (sections.has('findings') && snapshot.findings.length) {
    doc.addPage();
    h1(FINDINGS_HEADING);
    line(FINDINGS_LEAD);
    for (const f of snapshot.findings) {
      doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .fontSize(12)
        .text(`${f.ref} ${f.title}`, { width })
        .fontSize(10);
      line(`Judgement: ${judgementWords(f)}${f.judgement?.note ? `. ${f.judgement.note}` : ''}`);
      if (f.actions.length === 0) line('No action linked yet.');
      for (const a of f.actions) {
        doc.font('Helvetica-Bold').text(`${a.ref}  ${a.status}`, { continued: true });
        doc.font('Helvetica').text(`  ${a.title.split('\n')[0]}`, { width });
        if (a.note) doc.font('Helvetica-Oblique').text(a.note, { width }).font('Helvetica');
      }
    }
  }
  if (sections.has('actions')) {
    for (const p of snapshot.priorities) {
      doc.addPage();
      h1(`Priority ${p.ref}: ${p.title}`);
      if (commentary.priorities[p.ref]) line(commentary.priorities[p.ref]!);
      for (const o of p.outcomes) {
        doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(`Outcome ${o.ref}`).fontSize(10);
        line(o.title);
        for (const a of o.actions) {
          doc.moveDown(0.3).font('Helvetica-Bold').text(`${a.ref}  ${a.status}`, { continued: true });
          doc.font('Helvetica').text(`  Due ${dueWords(a)}; ${leadWords(a)}`);
          line(actionWords(a));
          if (a.note) doc.font('Helvetica-Oblique').text(a.note, { width }).font('Helvetica');
        }
      }
    }
  }
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing in the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const footer = `${report.title}, ${formatMonth(report.period)}. Page ${i + 1} of ${count}`;
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(footer, MARGIN, doc.page.height - MARGIN + 15, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
