import { formatMonth, type Month, type Period, type PlanPeriodSummary } from '@ragboard/shared';
import { Link, useLocation } from 'react-router';
import { ImportantBanner } from '../../../components/success-banner';
import { latestClosed, type MonthReason, openMonth } from '../dashboard-month';
import { MONTH_STATE_WORDS, provisionalWords, reasonWords } from '../month-words';

interface MonthShownProps {
  summary: Pick<PlanPeriodSummary, 'period' | 'periodState' | 'deadline' | 'round'>;
  periods: readonly Period[];
  reason: MonthReason;
}

/** Links to the open month and the latest closed month, whichever is not the one shown. */
function OtherMonths({ shown, periods }: { shown: Month; periods: readonly Period[] }) {
  const { pathname } = useLocation();
  const others = [
    { month: openMonth(periods), words: MONTH_STATE_WORDS.open },
    { month: latestClosed(periods), words: 'the latest closed month' },
  ].filter(
    (other): other is { month: Month; words: string } => other.month !== null && other.month !== shown,
  );
  if (others.length === 0) return null;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {others.map(({ month, words }) => (
        <li key={month}>
          <Link to={{ pathname, search: `?period=${month}` }} className="govuk-link">
            See {formatMonth(month)}, {words}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Which month the dashboard shows and why, at the top: a month still open is provisional (a GOV.UK
 * "Important" banner with the updates in and their deadline), one never opened is the plan as it
 * stands, a closed one is final; each with a link to the other month worth seeing.
 */
export function MonthShown({ summary, periods, reason }: MonthShownProps) {
  const month = formatMonth(summary.period);
  const why = reasonWords(reason, summary.periodState);
  const body = (
    <>
      {why && <p className="govuk-body">{why}</p>}
      <OtherMonths shown={summary.period} periods={periods} />
    </>
  );
  if (summary.periodState === 'open') {
    return (
      <ImportantBanner id="month-shown" heading={provisionalWords(summary)}>
        <p className="govuk-body">
          Updates are still coming in and have not all been checked: these numbers may change until the month
          is closed.
        </p>
        {body}
      </ImportantBanner>
    );
  }
  if (summary.periodState === 'not-opened') {
    return (
      <ImportantBanner id="month-shown" heading={`${month} has not been opened for updates`}>
        <p className="govuk-body">It shows the plan as it stands.</p>
        {body}
      </ImportantBanner>
    );
  }
  // Null only in a report taken before months were marked: nothing to say of it.
  if (summary.periodState === null) return null;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">{month} is closed: its updates were checked and it is final.</p>
      {body}
    </div>
  );
}
