import { baselineWords, targetValueWords } from '../kpi-words';
import { formatMonth } from '../month';
import type { BoardReport } from '../schemas/report';
import {
  actionCell,
  dayWords,
  findingJudgementCell,
  kpiJudgementCell,
  kpiValueCell,
  numberCell,
  statusCell,
  textCell,
} from './cells';
import { COLUMNS, kpiColumns, section, tableIfAny } from './headings';
import type { DocumentBlock, DocumentSection } from './model';

type Snapshot = BoardReport['snapshot'];

export const CHALLENGES_INTRO =
  'Raised by the parent carer forum and young people’s representatives since the last report, or still open, with the answers given.';

/** What the forum challenged since the last report (or still open), and how each was answered. */
export function challengesSection(snapshot: Snapshot): DocumentSection {
  const rows = snapshot.challenges.map((c) => ({
    key: c.id,
    cells: [
      textCell(c.action.ref),
      actionCell(c.action),
      statusCell(c.status),
      textCell(`${c.reason}\n${c.raisedBy}, ${dayWords(c.raisedAt)}`),
      textCell(c.answer ? `${c.answer.text}\n${c.answer.by}, ${dayWords(c.answer.at)}` : 'Not yet answered'),
    ],
  }));
  const blocks = tableIfAny({
    caption: 'Challenges and their answers',
    columns: [
      COLUMNS.ref,
      { heading: 'Action', weight: 4 },
      { heading: 'Status challenged', weight: 2 },
      { heading: 'Challenge', weight: 5 },
      { heading: 'Answer', weight: 5 },
    ],
    rows,
  });
  return section('challenges', blocks, 'No challenges since the last report.', CHALLENGES_INTRO);
}

/** Each KPI's latest value by the month, in its unit, judged against the target in force then. */
export function kpisSection(snapshot: Snapshot): DocumentSection {
  const month = formatMonth(snapshot.period);
  const rows = snapshot.kpis.map((k) => ({
    key: k.id,
    cells: [
      textCell(k.outcomeRef),
      textCell(k.statement),
      textCell(baselineWords(k)),
      textCell(k.latest?.target != null ? targetValueWords(k, k.latest.target) : 'None in force'),
      kpiValueCell(k.latest, k.unit),
      kpiJudgementCell(k.latest?.judgement ?? null),
    ],
  }));
  const blocks = tableIfAny({
    caption: `KPIs by ${month}`,
    columns: kpiColumns('Target in force', 'Latest value'),
    rows,
  });
  return section(
    'kpis',
    blocks,
    'The plan has no KPIs.',
    `Each KPI’s latest value by ${month}, judged against the target in force when it was recorded.`,
  );
}

/** Each inspection finding's judgement by the month, then the actions addressing each, as they stood. */
export function findingsSection(snapshot: Snapshot): DocumentSection {
  const { findings } = snapshot;
  if (findings.length === 0) return section('findings', [], 'The plan holds no inspection findings.');
  const blocks: DocumentBlock[] = [
    {
      kind: 'table',
      caption: 'Findings and their latest judgements',
      columns: [
        COLUMNS.ref,
        { heading: 'Finding', weight: 6 },
        { heading: 'Judgement', weight: 3 },
        { heading: 'Judgement note', weight: 4 },
        { heading: 'Actions', weight: 1.5, numeric: true },
      ],
      rows: findings.map((f) => ({
        key: f.id,
        cells: [
          textCell(f.ref),
          textCell(f.source ? `${f.title}\n${f.source}` : f.title),
          findingJudgementCell(f.judgement),
          textCell(f.judgement?.note ?? ''),
          numberCell(f.actions.length),
        ],
      })),
    },
  ];
  for (const f of findings.filter((x) => x.actions.length > 0))
    blocks.push({
      kind: 'table',
      caption: `Actions addressing finding ${f.ref}`,
      columns: [COLUMNS.ref, COLUMNS.action, COLUMNS.status, COLUMNS.note],
      rows: f.actions.map((a) => ({
        key: `${f.id}-${a.id}`,
        cells: [textCell(a.ref), actionCell(a), statusCell(a.status), textCell(a.note ?? 'No note')],
      })),
    });
  return section(
    'findings',
    blocks,
    '',
    'Each finding’s latest judgement, and the actions that address it as they stand.',
  );
}
