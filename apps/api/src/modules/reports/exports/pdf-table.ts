import { type DocumentCell, type DocumentTable, textBlocks } from '@ragboard/shared';
import { cellFill, latenessFill } from './document-style';
import { drawSwatch, SWATCH } from './pdf-swatch';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const SIZE = 8.5;
const PAD = 3.5;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';

/** A line of a cell in its font, on a fill when it is a warning. */
interface Piece {
  text: string;
  font: string;
  fill?: string | null;
}

/** A cell's words as lines in their fonts: an action's list items with bullets, its note in italics. */
function pieces(cell: DocumentCell, rowHeader: boolean): Piece[] {
  if (cell.kind === 'action')
    return [
      ...textBlocks(cell.text).flatMap((b) =>
        b.kind === 'list'
          ? b.items.map((i) => ({ text: `• ${i}`, font: REGULAR }))
          : [{ text: b.text, font: REGULAR }],
      ),
      ...(cell.note ? [{ text: cell.note, font: ITALIC }] : []),
    ];
  if (cell.kind === 'dates')
    return [
      { text: cell.text, font: REGULAR },
      ...(cell.lateness ? [{ text: cell.lateness.text, font: BOLD, fill: latenessFill(cell) }] : []),
    ];
  const bold = rowHeader || cell.kind === 'status' || cell.kind.endsWith('judgement');
  return [{ text: cell.text, font: bold ? BOLD : REGULAR }];
}

/** Where a cell's words start: after the swatch of a status. */
const inset = (cell: DocumentCell | null) => (cell?.kind === 'status' ? SWATCH + 3 : 0);

/** Backgrounds and rules are not content: marked as artifacts, so a screen reader skips them. */
function artifact(doc: Doc, draw: () => void) {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

interface Layout {
  left: number;
  widths: number[];
}

type RowCell = { lines: Piece[]; cell: DocumentCell | null };

/** A row laid out before it is drawn: each line's offset and height, and the row's height. */
function measure(doc: Doc, layout: Layout, cells: RowCell[]) {
  const placed = cells.map((c, i) => {
    const width = layout.widths[i]! - 2 * PAD - inset(c.cell);
    let y = PAD;
    const lines = c.lines.map((p) => {
      const h = doc.font(p.font).fontSize(SIZE).heightOfString(p.text, { width });
      const line = { ...p, y, h, width, textWidth: Math.min(doc.widthOfString(p.text) + 2, width) };
      y += h;
      return line;
    });
    return { ...c, lines, bottom: y };
  });
  return { placed, height: Math.max(...placed.map((c) => c.bottom)) + PAD };
}

/** One measured row: its backgrounds as artifacts, then each cell's words inside its tag. */
function drawRow(
  doc: Doc,
  layout: Layout,
  row: ReturnType<typeof measure>,
  tag: (i: number, draw: () => void) => void,
) {
  const top = doc.y;
  let left = layout.left;
  row.placed.forEach((c, i) => {
    const x = left;
    const width = layout.widths[i]!;
    const textLeft = x + PAD + inset(c.cell);
    const fill = c.cell ? cellFill(c.cell) : 'E5E6E7';
    artifact(doc, () => {
      if (fill) doc.rect(x, top, width, row.height).fill(`#${fill}`);
      for (const line of c.lines)
        if (line.fill)
          doc.rect(textLeft - 1, top + line.y - 0.5, line.textWidth, line.h).fill(`#${line.fill}`);
      doc
        .lineWidth(0.5)
        .moveTo(x, top + row.height)
        .lineTo(x + width, top + row.height)
        .stroke('#b1b4b6');
      if (c.cell?.kind === 'status') drawSwatch(doc, c.cell.status, x + PAD, top + PAD + 0.5);
    });
    tag(i, () => {
      for (const line of c.lines)
        doc
          .font(line.font)
          .fontSize(SIZE)
          .fillColor('#0b0c0c')
          .text(line.text, textLeft, top + line.y, { width: line.width });
    });
    left += width;
  });
  doc.x = layout.left;
  doc.y = top + row.height;
}

/**
 * A table as tagged PDF (Table, Caption, TR, TH, TD), so a screen reader and a text extractor read it
 * as rows and cells; the header row is drawn again, as an artifact, on every page the table runs on.
 */
export function drawTable(
  doc: Doc,
  parent: Struct,
  t: DocumentTable,
  layout: { left: number; width: number },
) {
  const total = t.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = t.columns.map((c) => (c.weight / total) * layout.width);
  const box = { left: layout.left, widths };
  const table = doc.struct('Table');
  parent.add(table);
  table.add(
    doc.struct('Caption', {}, () =>
      doc.font(BOLD).fontSize(9.5).text(t.caption, layout.left, doc.y, { width: layout.width }),
    ),
  );
  doc.moveDown(0.2);
  const header = measure(
    doc,
    box,
    t.columns.map((c) => ({ lines: [{ text: c.heading, font: BOLD }], cell: null })),
  );
  const tagged = (tr: Struct, kind: (i: number) => string) => (i: number, draw: () => void) =>
    tr.add(doc.struct(kind(i), {}, draw));
  const headerTr = doc.struct('TR');
  table.add(headerTr);
  drawRow(
    doc,
    box,
    header,
    tagged(headerTr, () => 'TH'),
  );
  headerTr.end();
  for (const row of t.rows) {
    const measured = measure(
      doc,
      box,
      row.cells.map((cell, i) => ({ lines: pieces(cell, !!t.columns[i]!.rowHeader), cell })),
    );
    if (doc.y + measured.height > doc.page.maxY()) {
      doc.addPage();
      drawRow(doc, box, header, (_, draw) => artifact(doc, draw));
    }
    const tr = doc.struct('TR');
    table.add(tr);
    drawRow(
      doc,
      box,
      measured,
      tagged(tr, (i) => (t.columns[i]!.rowHeader ? 'TH' : 'TD')),
    );
    tr.end();
  }
  table.end();
  doc.moveDown(0.8);
}
