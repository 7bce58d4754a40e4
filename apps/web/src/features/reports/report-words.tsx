import type { BoardReport, ReportFormat, ReportSection } from '@ragboard/shared';

/** Each section as the board knows it, in the order the report shows them. */
export const SECTION_LABELS: Record<ReportSection, string> = {
  summary: 'Summary of statuses',
  changes: 'Changes since the last board',
  challenges: 'Challenges to action statuses, with their answers',
  exceptions: 'Exceptions: Red and Amber actions',
  overdue: 'Overdue actions',
  'awaiting-sign-off': 'Awaiting sign-off',
  kpis: 'KPI scorecard',
  findings: 'Inspection findings and the actions addressing them',
  actions: 'Every action, by priority and outcome',
};

/** Each export format by the name people know the program by. */
export const FORMAT_LABELS: Record<ReportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  csv: 'CSV',
  html: 'Web page (HTML)',
};

export function exportHref(reportId: string, format: ReportFormat): string {
  return `/api/reports/${encodeURIComponent(reportId)}/export?format=${format}`;
}

export function ReportStateTag({ state }: { state: BoardReport['state'] }) {
  return state === 'published' ? (
    <strong className="govuk-tag govuk-tag--green">Published</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Draft</strong>
  );
}

export { formatDay } from '../../lib/format-date';
