import { formatMonth } from '../month';
import type { BoardReport, ReportSection } from '../schemas/report';
import { actionsSection } from './actions-section';
import { commentarySection, documentCover } from './cover';
import type { DocumentSection, ReportDocument } from './model';
import { overdueSection } from './overdue-section';
import { progressSection } from './progress-section';
import { challengesSection, findingsSection, kpisSection } from './scrutiny-sections';
import { awaitingSignOffSection, changesSection, exceptionsSection, summarySection } from './status-sections';

export { dayWords, findingJudgementCell } from './cells';
export { DOCUMENT_HEADINGS } from './headings';
export type * from './model';
export { cellLines } from './model';

const SECTIONS: Record<ReportSection, (report: BoardReport) => DocumentSection> = {
  summary: (r) => summarySection(r.snapshot),
  changes: (r) => changesSection(r.snapshot),
  challenges: (r) => challengesSection(r.snapshot),
  exceptions: (r) => exceptionsSection(r.snapshot),
  overdue: (r) => overdueSection(r.snapshot),
  'awaiting-sign-off': (r) => awaitingSignOffSection(r.snapshot),
  kpis: (r) => kpisSection(r.snapshot),
  findings: (r) => findingsSection(r.snapshot),
  actions: actionsSection,
};

/**
 * The report as one document, the same for every format: the commentary, a closed plan's summary of
 * progress, then the sections the report was made with, in its order. Pure: the report alone decides it.
 */
export function reportDocument(report: BoardReport): ReportDocument {
  const progress = progressSection(report.snapshot);
  return {
    title: report.title,
    running: `${report.title}, ${formatMonth(report.period)}`,
    cover: documentCover(report),
    sections: [
      commentarySection(report),
      ...(progress ? [progress] : []),
      ...report.sections.map((id) => SECTIONS[id](report)),
    ],
  };
}
