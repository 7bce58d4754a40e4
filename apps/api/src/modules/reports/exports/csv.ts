import type { BoardReport } from '@ragboard/shared';
import { spreadsheetCsv } from '../../../csv/spreadsheet-csv';
import {
  actionRows,
  actionWords,
  dueWords,
  judgementWords,
  leadWords,
  organisationWords,
  progressRows,
} from './report-rows';

const HEADER = [
  'ref',
  'priority',
  'outcome',
  'action',
  'due',
  'revised due',
  'leads',
  'organisation',
  'status',
  'note',
  'findings addressed',
  'challenges',
];

/** What the board hears about each action beyond its status: the findings it answers and its challenges. */
function extras(report: BoardReport) {
  const findings = new Map<string, string[]>();
  for (const f of report.snapshot.findings)
    for (const a of f.actions)
      findings.set(a.id, [...(findings.get(a.id) ?? []), `${f.ref} ${f.title} (${judgementWords(f)})`]);
  const challenges = new Map<string, string[]>();
  for (const c of report.snapshot.challenges) {
    const words = `${c.status} challenged by ${c.raisedBy}: ${c.reason} Answer: ${c.answer ? `${c.answer.text} (${c.answer.by})` : 'not yet answered'}`;
    challenges.set(c.action.id, [...(challenges.get(c.action.id) ?? []), words]);
  }
  return (actionId: string) => [
    (findings.get(actionId) ?? []).join('\n'),
    (challenges.get(actionId) ?? []).join('\n'),
  ];
}

/** One row per action, UTF-8 with a byte-order mark so Excel reads the accents. */
export function reportCsv(report: BoardReport): Buffer {
  const more = extras(report);
  // A closed plan's summary of progress says, for each action, its sign-off and what became of it.
  const closedActions = report.snapshot.closeOut?.actions ?? [];
  const closing = new Map(progressRows(report).map((r, i) => [closedActions[i]!.id, r.cells.slice(3)]));
  const header = closing.size > 0 ? [...HEADER, 'signed off', 'what became of it'] : HEADER;
  const rows = actionRows(report).map(({ priority, outcome, action: a }) => [
    a.ref,
    `${priority.ref} ${priority.title}`,
    `${outcome.ref} ${outcome.title}`,
    actionWords(a),
    dueWords(a),
    a.newDate?.date ?? '',
    leadWords(a),
    organisationWords(a),
    a.status,
    a.note ?? '',
    ...more(a.id),
    ...(closing.size > 0 ? (closing.get(a.id) ?? ['', '']) : []),
  ]);
  return spreadsheetCsv([header, ...rows]);
}
