import {
  type BoardReport,
  carriedFromWords,
  dispositionWords,
  FINDING_JUDGEMENT_DEFINITIONS,
  formatMonth,
  KPI_JUDGEMENT_DEFINITIONS,
  type ReportAction,
  type ReportChallenge,
  type ReportFinding,
  STATUS_DEFINITIONS,
  type Status,
} from '@ragboard/shared';

/** Light fills for status cells in documents; the status word is always in the cell too. */
export const STATUS_FILL: Record<Status, string> = {
  Grey: 'E5E6E7',
  Blue: 'D2E2F1',
  Green: 'CCE2D8',
  Amber: 'FFF7BF',
  Red: 'F4CDC6',
};

export function statusWords(status: Status): string {
  return `${status} (${STATUS_DEFINITIONS[status].label.toLowerCase()})`;
}

export function dueWords(a: Pick<ReportAction, 'dueMonth' | 'dueText'>): string {
  return a.dueMonth ? formatMonth(a.dueMonth) : (a.dueText ?? 'None');
}

/** The action's words, and, for one carried from an earlier plan, where from. */
export function actionWords(a: Pick<ReportAction, 'title' | 'carriedFrom'>): string {
  return a.carriedFrom ? `${a.title}\n(${carriedFromWords(a.carriedFrom)})` : a.title;
}

export function leadWords(a: ReportAction): string {
  return a.leads.map((l) => l.name).join(', ');
}

export function organisationWords(a: ReportAction): string {
  return [...new Set(a.leads.map((l) => l.organisation).filter(Boolean))].join(', ');
}

/** Every action with its priority and outcome, in the plan's order. */
export function actionRows(report: BoardReport) {
  return report.snapshot.priorities.flatMap((p) =>
    p.outcomes.flatMap((o) => o.actions.map((a) => ({ priority: p, outcome: o, action: a }))),
  );
}

export function fileName(report: BoardReport, extension: string): string {
  const slug = report.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'board-report'}-${report.period}.${extension}`;
}

/** "21 March 2024", from an ISO date-time. */
export function dayWords(dateTime: string): string {
  return new Date(dateTime).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const CHALLENGE_HEADER = [
  'Ref',
  'Action',
  'Status challenged',
  'Reason',
  'Raised by',
  'Answer',
  'Answered by',
];

/** A challenge as a table row: the answer, or that it still awaits one. */
export function challengeCells(c: ReportChallenge): string[] {
  return [
    c.action.ref,
    c.action.title.split('\n')[0]!,
    c.status,
    c.reason,
    `${c.raisedBy}, ${dayWords(c.raisedAt)}`,
    c.answer?.text ?? 'Not yet answered',
    c.answer ? `${c.answer.by}, ${dayWords(c.answer.at)}` : '',
  ];
}

/** "Sufficiently improved (September 2021)", or that no judgement has been recorded. */
export function judgementWords(f: ReportFinding): string {
  return f.judgement
    ? `${FINDING_JUDGEMENT_DEFINITIONS[f.judgement.judgement].label} (${formatMonth(f.judgement.month)})`
    : 'Not yet judged';
}

export const FINDING_HEADER = ['Finding', 'Judgement', 'Action', 'Status', 'Note'];

/** One row per action addressing a finding, or one row for a finding no action addresses yet. */
interface FindingRow {
  status: Status | null;
  cells: string[];
}

export function findingRows(report: BoardReport): FindingRow[] {
  return report.snapshot.findings.flatMap((f): FindingRow[] => {
    const head = [`${f.ref} ${f.title}`, judgementWords(f)];
    if (f.actions.length === 0) return [{ status: null, cells: [...head, 'No action linked', '', ''] }];
    return f.actions.map((a) => ({
      status: a.status,
      cells: [...head, `${a.ref} ${a.title.split('\n')[0]}`, a.status, a.note ?? ''],
    }));
  });
}

export const CHALLENGES_HEADING = 'Challenges to action statuses';
export const CHALLENGES_LEAD =
  'Raised by the parent carer forum and young people’s representatives since the last report, or still open, with the answers given.';
export const NO_CHALLENGES = 'No challenges since the last report.';
export const FINDINGS_HEADING = 'Inspection findings';
export const FINDINGS_LEAD =
  'Each finding’s latest judgement, and the actions that address it as they stand.';

export const PROGRESS_HEADING = 'Summary of progress';
export const PROGRESS_LEAD =
  'Where each action stood when the plan closed: completed and signed off, or closed with the reason given.';
export const PROGRESS_HEADER = ['Ref', 'Action', 'Final status', 'Signed off', 'What became of it'];
export const FINAL_KPI_HEADER = [
  'Outcome',
  'Measure',
  'Baseline',
  '12-month target',
  'Final value',
  'Judgement',
];

/** One row per action of a closed plan, in the plan's order; none for any other report. */
export function progressRows(report: BoardReport): { status: Status; cells: string[] }[] {
  return (report.snapshot.closeOut?.actions ?? []).map((a) => ({
    status: a.status,
    cells: [
      a.ref,
      a.title.split('\n')[0]!,
      a.status,
      a.signedOff ? [a.signedOff.by, dayWords(a.signedOff.on)].filter(Boolean).join(', ') : '',
      dispositionWords(a.disposition),
    ],
  }));
}

/** Each KPI's final value against its 12-month target, for a closed plan's summary of progress. */
export function finalKpiRows(report: BoardReport): string[][] {
  return (report.snapshot.closeOut?.kpis ?? []).map((k) => [
    k.outcomeRef,
    k.statement,
    k.baseline ?? '',
    k.target12m ?? '',
    k.final ? `${k.final.value} (${formatMonth(k.final.period)})` : 'No value recorded',
    k.final ? KPI_JUDGEMENT_DEFINITIONS[k.final.judgement].label : '',
  ]);
}
