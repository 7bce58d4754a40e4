import { formatMonth } from '../month';
import type { ActionPosition } from '../position';
import type { BoardReport } from '../schemas/report';
import { STATUS_DEFINITIONS, STATUSES } from '../status';
import { actionCell, datesCell, numberCell, statusCell, textCell } from './cells';
import { COLUMNS, section, tableIfAny } from './headings';
import type { DocumentBlock, DocumentRow, DocumentSection } from './model';

type Snapshot = BoardReport['snapshot'];
type Listed = { id: string; ref: string; title: string } & ActionPosition;

/**
 * A short list of actions: ref, words, status, both dates (and how it stands against them, unless
 * its table says it), and the note that set the status.
 */
export function actionRow(a: Listed, withLateness = true): DocumentRow {
  return {
    key: a.id,
    cells: [
      textCell(a.ref),
      actionCell(a),
      statusCell(a.status, a.awaitingSignOff),
      datesCell(a, withLateness),
      textCell(a.note ?? 'No note'),
    ],
  };
}
export const ACTION_ROW_COLUMNS = [COLUMNS.ref, COLUMNS.action, COLUMNS.status, COLUMNS.dates, COLUMNS.note];

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The status counts at the month, for the plan and for each priority, with the KPI judgements in brief. */
export function summarySection(snapshot: Snapshot): DocumentSection {
  const { summary } = snapshot;
  const month = formatMonth(summary.period);
  const paragraphs = [
    `${summary.total} actions in ${month}; ${percent(summary.completion)} completed and signed off (Blue).`,
  ];
  const k = summary.kpis;
  if (k.total > 0)
    paragraphs.push(
      `KPIs: ${k.onTarget} on target, ${k.nearTarget} near target, ${k.offTarget} off target, ${k.notJudged} not judged yet.`,
    );
  const blocks: DocumentBlock[] = [
    { kind: 'paragraphs', paragraphs },
    {
      kind: 'table',
      caption: `Actions by status in ${month}`,
      columns: [
        { heading: 'Status', weight: 2, rowHeader: true },
        { heading: 'Meaning', weight: 4 },
        { heading: 'Actions', weight: 1, numeric: true },
      ],
      rows: [
        ...STATUSES.map((s) => ({
          key: s,
          cells: [statusCell(s), textCell(STATUS_DEFINITIONS[s].label), numberCell(summary.totals[s])],
        })),
        { key: 'total', cells: [textCell('Total'), textCell(''), numberCell(summary.total)] },
      ],
    },
    {
      kind: 'table',
      caption: `Actions by status in each priority, ${month}`,
      columns: [
        { heading: 'Priority', weight: 5, rowHeader: true },
        ...STATUSES.map((s) => ({ heading: s, weight: 1, numeric: true })),
        { heading: 'Total', weight: 1, numeric: true },
      ],
      rows: summary.byPriority.map((p) => ({
        key: p.id,
        cells: [
          textCell(`${p.ref}. ${p.title}`),
          ...STATUSES.map((s) => numberCell(p.counts[s])),
          numberCell(p.total),
        ],
      })),
    },
  ];
  return section('summary', blocks, '');
}

/** Each status that changed since the last published report, from one word to the other. */
export function changesSection(snapshot: Snapshot): DocumentSection {
  const since = snapshot.sinceLastReport;
  if (!since)
    return section(
      'changes',
      [],
      'This is the plan’s first published report, so there is nothing to compare.',
    );
  const last = `${since.title} (${formatMonth(since.period)})`;
  const blocks = tableIfAny({
    caption: `Since ${last}`,
    columns: [COLUMNS.ref, COLUMNS.action, { heading: 'Was', weight: 2 }, { heading: 'Now', weight: 2 }],
    rows: since.changes.map((c) => ({
      key: c.ref,
      cells: [
        textCell(c.ref),
        actionCell({ id: c.ref, ref: c.ref, title: c.title }),
        statusCell(c.from),
        statusCell(c.to),
      ],
    })),
  });
  return section('changes', blocks, `No action changed status since ${last}.`);
}

function everyAction(snapshot: Snapshot) {
  return snapshot.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
}

export function exceptionsSection(snapshot: Snapshot): DocumentSection {
  const month = formatMonth(snapshot.period);
  const rows = everyAction(snapshot)
    .filter((a) => a.status === 'Red' || a.status === 'Amber')
    .map((a) => actionRow(a));
  const blocks = tableIfAny({
    caption: `Red and Amber actions in ${month}`,
    columns: ACTION_ROW_COLUMNS,
    rows,
  });
  return section(
    'exceptions',
    blocks,
    `No action was Red or Amber in ${month}.`,
    `Every action Red or Amber in ${month}, with the note that gave its status.`,
  );
}

export function awaitingSignOffSection(snapshot: Snapshot): DocumentSection {
  const rows = snapshot.summary.awaitingSignOff.map((a) => actionRow(a));
  const blocks = tableIfAny({ caption: 'Blues awaiting sign-off', columns: ACTION_ROW_COLUMNS, rows });
  return section(
    'awaiting-sign-off',
    blocks,
    'No action is awaiting sign-off.',
    'Actions whose lead has given Blue, not yet signed off by the partnership manager: each keeps its earlier status until then.',
  );
}
