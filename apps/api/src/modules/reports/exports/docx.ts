import {
  type BoardReport,
  type DocumentBlock,
  type DocumentCell,
  type DocumentSection,
  type DocumentTable,
  reportDocument,
  textBlocks,
} from '@ragboard/shared';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellFill, latenessFill, STATUS_LOOK, type StatusPattern } from './document-style';

/** A4 less the default margins, in twentieths of a point: what the tables share out by weight. */
const TEXT_WIDTH = 9026;

/** Word's shading patterns nearest the charts' status patterns. */
const SHADING: Record<StatusPattern, (typeof ShadingType)[keyof typeof ShadingType]> = {
  solid: ShadingType.CLEAR,
  dots: ShadingType.PERCENT_10,
  diagonal: ShadingType.THIN_DIAGONAL_STRIPE,
  horizontal: ShadingType.HORIZONTAL_STRIPE,
  crosshatch: ShadingType.THIN_DIAGONAL_CROSS,
};

const para = (text: string, options: { bold?: boolean; italics?: boolean; fill?: string | null } = {}) =>
  new Paragraph({
    children: [
      new TextRun({
        text,
        bold: options.bold,
        italics: options.italics,
        shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
      }),
    ],
  });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** Free text as Word paragraphs and bulleted paragraphs. */
const freeText = (text: string) =>
  textBlocks(text).flatMap((b) => (b.kind === 'list' ? b.items.map(bullet) : [para(b.text)]));

function cellParagraphs(cell: DocumentCell, rowHeader: boolean): Paragraph[] {
  if (cell.kind === 'action')
    return [...freeText(cell.text), ...(cell.note ? [para(cell.note, { italics: true })] : [])];
  if (cell.kind === 'dates')
    return [
      para(cell.text),
      ...(cell.lateness ? [para(cell.lateness.text, { bold: true, fill: latenessFill(cell) })] : []),
    ];
  const bold = rowHeader || cell.kind === 'status' || cell.kind.endsWith('judgement');
  const paragraphs = cell.text.split('\n').map((line) => para(line, { bold }));
  return paragraphs.length ? paragraphs : [para('')];
}

function shading(cell: DocumentCell) {
  if (cell.kind === 'status') {
    const look = STATUS_LOOK[cell.status];
    return { type: SHADING[look.pattern], color: look.stripe, fill: look.fill };
  }
  const fill = cellFill(cell);
  return fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined;
}

function table(t: DocumentTable): (Paragraph | Table)[] {
  const total = t.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = t.columns.map((c) => Math.round((c.weight / total) * TEXT_WIDTH));
  const width = (i: number) => ({ size: widths[i]!, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c, i) => new TableCell({ width: width(i), children: [para(c.heading, { bold: true })] }),
    ),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map(
          (cell, i) =>
            new TableCell({
              width: width(i),
              shading: shading(cell),
              children: cellParagraphs(cell, !!t.columns[i]!.rowHeader),
            }),
        ),
      }),
  );
  const caption = new Paragraph({ keepNext: true, children: [new TextRun({ text: t.caption, bold: true })] });
  return [
    caption,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
  ];
}

function block(b: DocumentBlock): (Paragraph | Table)[] {
  if (b.kind === 'paragraphs') return b.paragraphs.map((p) => para(p));
  if (b.kind === 'bullets') return b.items.map(bullet);
  if (b.kind === 'subheading')
    return [
      new Paragraph({
        text: b.text,
        heading: b.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
      }),
    ];
  return table(b);
}

function section(s: DocumentSection): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }),
    ...(s.intro ? [para(s.intro, { italics: true })] : []),
    ...(s.empty !== null ? [para(s.empty)] : s.blocks.flatMap(block)),
  ];
}

/** An editable board paper walked from the report's document: real Word headings, lists and tables. */
export async function reportDocx(report: BoardReport): Promise<Buffer> {
  const doc = reportDocument(report);
  const cover = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.cover.facts.map(
      (f) =>
        new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.text)] }),
    ),
    ...doc.cover.notices.map((n) => para(n, { bold: true })),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${doc.running}. Page `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ' of ', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
  const document = new Document({
    creator: 'ragboard',
    title: doc.title,
    sections: [{ footers: { default: footer }, children: [...cover, ...doc.sections.flatMap(section)] }],
  });
  return Packer.toBuffer(document);
}
