import { formatMonth } from '@ragboard/shared';
import PDFDocument from 'pdfkit';
import {
  actionStatusWords,
  coverLine,
  judgementWords,
  kpiWords,
  type ReadinessPack,
} from './readiness-pack.model';

const MARGIN = 50;

/** The pack as an A4 PDF, in the same order as the Word document. */
export function readinessPackPdf(pack: ReadinessPack): Promise<Buffer> {
  const title = `Revisit readiness pack: ${pack.planTitle}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Creator: 'ragboard', CreationDate: pack.madeAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - MARGIN * 2;
  const h1 = (text: string) =>
    doc.moveDown().font('Helvetica-Bold').fontSize(16).text(text, { width }).moveDown(0.3);
  const h2 = (text: string) => doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(text, { width });
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(text, { width });
  const strong = (text: string) => doc.font('Helvetica-Bold').fontSize(10).text(text, { width });

  doc.font('Helvetica-Bold').fontSize(24).text('Revisit readiness pack', { width }).moveDown(0.5);
  doc.font('Helvetica').fontSize(14).text(pack.planTitle, { width });
  line(`Made on ${pack.madeAt.toISOString().slice(0, 10)}`);
  h1('What changed since the last judgement');
  if (pack.findings.length === 0) line('The plan has no inspection findings.');
  for (const f of pack.findings) line(coverLine(f)).moveDown(0.3);

  for (const { finding, judgements, actions, evidence } of pack.findings) {
    doc.addPage();
    h1(`${finding.ref} ${finding.title}`);
    if (finding.source) line(`Source: ${finding.source}`);
    if (finding.description) line(finding.description);
    h2('Judgements over time');
    if (judgements.length === 0) line('Not yet judged.');
    for (const j of judgements) {
      strong(judgementWords(j));
      if (j.note) line(j.note);
    }
    h2('Actions that address it');
    if (actions.length === 0) line('No action addresses it yet.');
    for (const a of actions) {
      strong(`${a.ref} ${a.title}${a.archived ? ' (archived)' : ''}`);
      line(`${a.plan.title}. ${actionStatusWords(a)}.`);
      line(a.latestNote ? `${formatMonth(a.latestNote.period)}: ${a.latestNote.text}` : 'No note yet.');
    }
    h2('KPIs that measure it');
    if (finding.kpis.length === 0) line('No KPI is linked to it.');
    for (const k of finding.kpis) {
      strong(`${k.ref} ${k.statement}`);
      line(kpiWords(k));
    }
    h2('Evidence');
    if (evidence.length === 0) line('No files attached yet.');
    for (const e of evidence)
      line(`${e.fileName} (${e.kind}): ${e.attachedTo}, added by ${e.addedBy} on ${e.addedAt}`);
  }
  doc.end();
  return done;
}
