import { type BoardReport, type DocumentBlock, type DocumentSection, reportDocument } from '@ragboard/shared';
import PDFDocument from 'pdfkit';
import { drawTable } from './pdf-table';

type Struct = PDFKit.PDFStructureElement;

const MARGIN = 50;
/** Room a heading needs below it on its page, and a table's caption: neither ends a page. */
const HEADING_ROOM = 120;
const CAPTION_ROOM = 70;

/**
 * The report's document as an A4 board paper: tagged PDF (headings, paragraphs, lists, tables), so
 * a screen reader follows it as the web page, and every page footed with the report and its month.
 */
export function reportPdf(report: BoardReport): Promise<Buffer> {
  const document = reportDocument(report);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: document.title, Creator: 'ragboard', CreationDate: new Date(report.snapshot.takenAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - MARGIN * 2;
  const root = doc.struct('Document');
  doc.addStructure(root);

  const write = (parent: Struct, type: string, text: string, font: string, size: number, gap = 0.4) => {
    if (type.startsWith('H') && doc.y > doc.page.maxY() - HEADING_ROOM) doc.addPage();
    parent.add(
      doc.struct(type, {}, () =>
        doc.font(font).fontSize(size).fillColor('#0b0c0c').text(text, MARGIN, doc.y, { width }),
      ),
    );
    doc.moveDown(gap);
  };
  const block = (parent: Struct, b: DocumentBlock) => {
    if (b.kind === 'paragraphs') for (const p of b.paragraphs) write(parent, 'P', p, 'Helvetica', 10);
    else if (b.kind === 'subheading') {
      doc.moveDown(b.level === 3 ? 0.8 : 0.3);
      write(parent, `H${b.level}`, b.text, 'Helvetica-Bold', b.level === 3 ? 13 : 11, 0.3);
    } else if (b.kind === 'bullets') {
      const list = doc.struct('L');
      parent.add(list);
      doc
        .font('Helvetica')
        .fontSize(10)
        .list(b.items, MARGIN + 4, doc.y, {
          width: width - 4,
          structParent: list,
          bulletRadius: 1.8,
          textIndent: 10,
        });
      list.end();
      doc.moveDown(0.4);
    } else {
      if (doc.y > doc.page.maxY() - CAPTION_ROOM) doc.addPage();
      drawTable(doc, parent, b, { left: MARGIN, width });
    }
  };
  const section = (s: DocumentSection) => {
    const sect = doc.struct('Sect');
    root.add(sect);
    doc.moveDown(0.6);
    write(sect, 'H2', s.heading, 'Helvetica-Bold', 16, 0.4);
    if (s.intro) write(sect, 'P', s.intro, 'Helvetica-Oblique', 9.5);
    if (s.empty !== null) write(sect, 'P', s.empty, 'Helvetica', 10);
    for (const b of s.blocks) block(sect, b);
    sect.end();
  };

  write(root, 'H1', document.title, 'Helvetica-Bold', 24, 0.6);
  for (const f of document.cover.facts) write(root, 'P', `${f.label}: ${f.text}`, 'Helvetica', 12, 0.2);
  for (const n of document.cover.notices) write(root, 'P', n, 'Helvetica-Bold', 11);
  for (const s of document.sections) section(s);
  root.end();

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing in the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`${document.running}. Page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN + 15, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
  }
  doc.end();
  return done;
}
