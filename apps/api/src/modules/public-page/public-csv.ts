import {
  KPI_JUDGEMENT_DEFINITIONS,
  type PublicLead,
  type PublicPlan,
  STATUS_DEFINITIONS,
} from '@ragboard/shared';
import { spreadsheetCsv } from '../../csv/spreadsheet-csv';

const HEADER = [
  'type',
  'ref',
  'priority',
  'what we said we would do',
  'what has happened',
  'status',
  'status in words',
  'status month',
  'due month',
  'new completion date',
  'past its original date',
  'past its new date',
  'led by',
  'unit',
  'direction',
  'target kind',
  'baseline',
  'target in force',
  'target from',
  'latest value',
  'latest month',
  'judgement',
];

/** "Head of SEND, Lancashire County Council; Designated Clinical Officer, ICB" */
export function leadWords(leads: PublicLead[]): string {
  return leads.map((l) => [l.name, l.role, l.organisation].filter(Boolean).join(', ')).join('; ');
}

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : value;

/**
 * The public page's data as one table: a row per published action, then per published KPI, with
 * months as YYYY-MM and numbers as numbers, each as at the latest closed month (`asAt`). UTF-8 with a byte-order mark so Excel reads the accents.
 */
export function publicCsv(plan: PublicPlan): Buffer {
  const actionRows = plan.priorities.flatMap((priority) =>
    priority.actions.map((a) => [
      'action',
      a.ref,
      `${priority.ref} ${priority.title}`,
      a.said,
      a.happened,
      a.status,
      STATUS_DEFINITIONS[a.status].label,
      text(a.statusMonth),
      text(a.dueMonth),
      text(a.newDate?.date),
      a.pastOriginalDate ? 'yes' : 'no',
      a.pastNewDate ? 'yes' : 'no',
      leadWords(a.leads),
      ...Array(9).fill(''),
    ]),
  );
  const kpiRows = plan.kpis.map((k) => [
    'KPI',
    k.ref,
    '',
    k.said,
    k.happened,
    ...Array(8).fill(''),
    k.unit,
    k.direction,
    k.targetKind,
    text(k.baseline),
    text(k.target?.value),
    text(k.target?.month),
    text(k.latest?.value),
    text(k.latest?.month),
    k.latest ? KPI_JUDGEMENT_DEFINITIONS[k.latest.judgement].label : '',
  ]);
  // Anyone may open this in a spreadsheet: text that starts like a formula stays text.
  return spreadsheetCsv([HEADER, ...actionRows, ...kpiRows]);
}
