import type { PlanPeriodSummary } from '@ragboard/shared';
import { behindByKind } from '../behind-dates';
import { actionsWord, planActionsHref } from '../drill-down';
import { CountLink } from './count-link';

/** How many actions are behind their dates, and how many of each kind; a carried action is never one. */
export function BehindCounts({
  summary,
}: {
  summary: Pick<PlanPeriodSummary, 'planId' | 'period' | 'overdue'>;
}) {
  const count = summary.overdue.length;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <CountLink
          count={count}
          hiddenWords={`${actionsWord(count)} behind their dates`}
          to={planActionsHref(summary.planId, { period: summary.period, overdue: true })}
        />{' '}
        {count === 1 ? 'action is' : 'actions are'} behind their dates:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {behindByKind(summary.overdue).map(({ kind, words, actions }) => (
          <li key={kind}>
            {actions.length} {words.charAt(0).toLowerCase()}
            {words.slice(1)}
          </li>
        ))}
      </ul>
    </>
  );
}
