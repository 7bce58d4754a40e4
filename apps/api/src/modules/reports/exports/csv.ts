import type { BoardReport } from '@ragboard/shared';
import { stringify } from 'csv-stringify/sync';
import { actionRows, dueWords, leadWords, organisationWords } from './report-rows';

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
];

/** One row per action, UTF-8 with a byte-order mark so Excel reads the accents. */
export function reportCsv(report: BoardReport): Buffer {
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
  ]);
  return Buffer.from(`\uFEFF${stringify([HEADER, ...rows], { record_delimiter: 'windows' })}`, 'utf8');
}
