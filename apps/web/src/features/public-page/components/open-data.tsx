import { formatMonth, type PublicPlan } from '@ragboard/shared';

/** The same data as files, at stable addresses, and what anyone may do with them. */
export function OpenData({ plan }: { plan: PublicPlan }) {
  return (
    <section className="app-public__no-print" aria-labelledby="open-data">
      <h2 className="govuk-heading-l" id="open-data">
        Use this data
      </h2>
      <p className="govuk-body">
        You can download everything on this page, as at {formatMonth(plan.asAt)}. Each action has the month it
        was first due and, where one was agreed, its new completion date, with whether it is past either.
      </p>
      <ul className="govuk-list">
        <li>
          <a href={plan.data.csv} className="govuk-link">
            Download the data as a spreadsheet (CSV)
          </a>
        </li>
        <li>
          <a href={plan.data.json} className="govuk-link">
            Download the data as JSON
          </a>
        </li>
      </ul>
      <p className="govuk-body">
        You may use it under the{' '}
        {plan.licence.url ? (
          <a href={plan.licence.url} className="govuk-link" rel="license">
            {plan.licence.name}
          </a>
        ) : (
          plan.licence.name
        )}
        .
      </p>
    </section>
  );
}
