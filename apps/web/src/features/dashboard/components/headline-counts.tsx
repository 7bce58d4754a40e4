import { type PlanPeriodSummary, STATUS_DEFINITIONS, STATUSES } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { carriedWords } from '../carried-words';
import { actionsWord, planActionsHref } from '../drill-down';
import { BehindCounts } from './behind-counts';
import { CountLink } from './count-link';

/** Share Blue as a GOV.UK-style bar; the words beside it carry the number. */
function CompletionBar({ summary }: { summary: PlanPeriodSummary }) {
  const percent = Math.round(summary.completion * 100);
  return (
    <div className="app-dashboard-completion">
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong className="govuk-!-font-size-36">{percent}%</strong> complete: {summary.totals.Blue} of{' '}
        {summary.total} actions are Blue (completed and signed off)
      </p>
      <svg
        className="app-dashboard-completion__bar"
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect width="100" height="4" fill="#f3f2f1" stroke="#0b0c0c" strokeWidth="0.2" />
        <rect width={percent} height="4" fill="#1d70b8" />
      </svg>
    </div>
  );
}

/** How many actions stand at each status, each with its word and a link to them on the plan page. */
export function HeadlineCounts({ summary }: { summary: PlanPeriodSummary }) {
  const { planId, totals } = summary;
  const carried = carriedWords(summary.carriedForward);
  return (
    <section aria-labelledby="headline-heading">
      <h2 className="govuk-heading-m" id="headline-heading">
        Where the plan stands
      </h2>
      <ul className="app-dashboard-counts">
        {STATUSES.map((status) => (
          <li key={status} className="app-dashboard-counts__item">
            <CountLink
              count={totals[status]}
              hiddenWords={actionsWord(totals[status], status)}
              to={planActionsHref(planId, { period: summary.period, statuses: [status] })}
              className="app-dashboard-counts__number"
            />
            <StatusTag status={status} />
            <span className="govuk-body-s app-dashboard-counts__label">
              {STATUS_DEFINITIONS[status].label}
            </span>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        <CountLink
          count={summary.total}
          hiddenWords={actionsWord(summary.total)}
          to={planActionsHref(planId, { period: summary.period })}
        />{' '}
        actions in all.{carried && ` ${carried}: they are followed there, not counted here as behind.`}
      </p>
      <BehindCounts summary={summary} />
      <CompletionBar summary={summary} />
    </section>
  );
}
