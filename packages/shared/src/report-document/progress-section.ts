import type { BoardReport } from '../schemas/report';
import { dispositionWords } from '../schemas/report';
import { dayWords, kpiJudgementCell, kpiValueCell, statusCell, textCell } from './cells';
import { COLUMNS, kpiColumns, section } from './headings';
import type { DocumentBlock, DocumentSection } from './model';

/** A closed plan's summary of progress: each action's final position, and each KPI's at the close. */
export function progressSection(snapshot: BoardReport['snapshot']): DocumentSection | null {
  const close = snapshot.closeOut;
  if (!close) return null;
  const units = new Map(snapshot.kpis.map((k) => [k.id, k.unit]));
  const blocks: DocumentBlock[] = [
    {
      kind: 'table',
      caption: 'Actions at the close',
      columns: [
        COLUMNS.ref,
        COLUMNS.action,
        { heading: 'Final status', weight: 2 },
        { heading: 'Signed off', weight: 3 },
        { heading: 'What became of it', weight: 5 },
      ],
      rows: close.actions.map((a) => ({
        key: a.id,
        cells: [
          textCell(a.ref),
          textCell(a.title),
          statusCell(a.status),
          textCell(a.signedOff ? [a.signedOff.by, dayWords(a.signedOff.on)].filter(Boolean).join(', ') : ''),
          textCell(dispositionWords(a.disposition)),
        ],
      })),
    },
  ];
  if (close.kpis.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Key performance indicators at the close, against their 12-month targets',
      columns: kpiColumns('12-month target', 'Final value'),
      rows: close.kpis.map((k) => ({
        key: k.id,
        cells: [
          textCell(k.outcomeRef),
          textCell(k.statement),
          textCell(k.baseline ?? 'None'),
          textCell(k.target12m ?? 'None'),
          kpiValueCell(k.final, units.get(k.id) ?? 'other', 'No value recorded'),
          kpiJudgementCell(k.final?.judgement ?? null),
        ],
      })),
    });
  return section(
    'progress',
    blocks,
    '',
    `Closed by ${close.closedBy} on ${dayWords(close.closedAt)}. Where each action stood when the plan closed: completed and signed off, closed with the reason given, or carried forward to the next plan.`,
  );
}
