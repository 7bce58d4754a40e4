import { formatDate, formatMonth } from '../month';
import type { BoardReport } from '../schemas/report';
import { dayWords } from './cells';
import { freeTextBlocks, section } from './headings';
import type { DocumentCover, DocumentSection } from './model';

/**
 * What the report is and how far its figures can be trusted: a month still open was provisional when
 * taken (updates still coming in, unchecked); a month never opened is the plan as it stood.
 */
export function documentCover(report: BoardReport): DocumentCover {
  const { snapshot } = report;
  const month = formatMonth(report.period);
  const notices: string[] = [];
  const { periodState, deadline } = snapshot.summary;
  if (periodState === 'open')
    notices.push(
      `${month} was provisional when this report was taken: updates were still coming in${deadline ? `, due by ${formatDate(deadline)}` : ''}.`,
    );
  if (periodState === 'not-opened')
    notices.push(`${month} was not opened for updates: its statuses are the plan as it stood then.`);
  return {
    facts: [
      { label: 'Plan', text: snapshot.plan.title },
      { label: 'Month', text: month },
      {
        label: 'State',
        text: report.publishedAt
          ? `Published on ${dayWords(report.publishedAt)}`
          : 'Draft, not yet published',
      },
      { label: 'Figures taken', text: dayWords(snapshot.takenAt) },
    ],
    notices,
  };
}

export function commentarySection(report: BoardReport): DocumentSection {
  return section('commentary', freeTextBlocks(report.commentary.overall), 'No overall commentary.');
}
