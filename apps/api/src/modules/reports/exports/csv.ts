import type { BoardReport } from '@ragboard/shared';
import { spreadsheetCsv } from '../../../csv/spreadsheet-csv';
import { actionRows, dueWords, judgementWords, leadWords, organisationWords } from './report-rows';

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
  const rows = actionRows(report).map(({ priority, outcome, action: a }) => [
    a.ref,
    `${priority.ref} ${priority.title}`,
    `${outcome.ref} ${outcome.title}`,
    a.title,
    dueWords(a),
    a.revisedDue ?? '',
    leadWords(a),
    organisationWords(a),
    a.status,
    a.note ?? '',
    ...more(a.id),
  ]);
  return spreadsheetCsv([HEADER, ...rows]);
}
