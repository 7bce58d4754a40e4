import { FINDING_JUDGEMENT_DEFINITIONS, formatMonth } from '@ragboard/shared';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  actionStatusWords,
  coverLine,
  kpiWords,
  type PackFinding,
  type ReadinessPack,
} from './readiness-pack.model';

const cell = (text: string, bold = false) =>
  new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  });

function table(header: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((text) => cell(text)) })),
    ],
  });
}

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading });

function findingSection(pack: PackFinding) {
  const { finding } = pack;
  return [
    heading(`${finding.ref} ${finding.title}`, HeadingLevel.HEADING_1),
    ...(finding.source ? [para(`Source: ${finding.source}`)] : []),
    ...(finding.description ? [para(finding.description)] : []),
    heading('Judgements over time', HeadingLevel.HEADING_2),
    pack.judgements.length
      ? table(
          ['Month', 'Judgement', 'Note', 'Recorded by'],
          pack.judgements.map((j) => [
            formatMonth(j.month),
            FINDING_JUDGEMENT_DEFINITIONS[j.judgement].label,
            j.note ?? '',
            j.recordedBy ?? '',
          ]),
        )
      : para('Not yet judged.'),
    heading('Actions that address it', HeadingLevel.HEADING_2),
    pack.actions.length
      ? table(
          ['Plan', 'Action', 'Status', 'Latest note'],
          pack.actions.map((a) => [
            a.plan.title,
            `${a.ref} ${a.title}${a.archived ? ' (archived)' : ''}`,
            actionStatusWords(a),
            a.latestNote ? `${formatMonth(a.latestNote.period)}: ${a.latestNote.text}` : 'No note yet',
          ]),
        )
      : para('No action addresses it yet.'),
    heading('KPIs that measure it', HeadingLevel.HEADING_2),
    finding.kpis.length
      ? table(
          ['KPI', 'Baseline and latest'],
          finding.kpis.map((k) => [`${k.ref} ${k.statement}`, kpiWords(k)]),
        )
      : para('No KPI is linked to it.'),
    heading('Evidence', HeadingLevel.HEADING_2),
    pack.evidence.length
      ? table(
          ['File', 'Attached to', 'Added by', 'Added on'],
          pack.evidence.map((e) => [`${e.fileName} (${e.kind})`, e.attachedTo, e.addedBy, e.addedAt]),
        )
      : para('No files attached yet.'),
  ];
}

/** The pack as a Word document: a cover of what changed, then each finding as an inspector reads it. */
export async function readinessPackDocx(pack: ReadinessPack): Promise<Buffer> {
  const doc = new Document({
    title: `Revisit readiness pack: ${pack.planTitle}`,
    creator: 'ragboard',
    sections: [
      {
        children: [
          heading('Revisit readiness pack', HeadingLevel.TITLE),
          para(pack.planTitle),
          para(`Made on ${pack.madeAt.toISOString().slice(0, 10)}`),
          heading('What changed since the last judgement', HeadingLevel.HEADING_1),
          ...(pack.findings.length
            ? pack.findings.map((f) => para(coverLine(f)))
            : [para('The plan has no inspection findings.')]),
          ...pack.findings.flatMap(findingSection),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
