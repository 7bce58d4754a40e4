import {
  type BoardReport,
  formatMonth,
  type ReportAction,
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
