import { formatMonth, type PlanPeriodSummary, STATUSES } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';

/** How many actions stood at each status at the period, by the status word, with the total. */
export function ReportSummary({ summary }: { summary: PlanPeriodSummary }) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 className="govuk-heading-m" id="summary-heading">
        Summary of statuses
      </h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Actions by status in {formatMonth(summary.period)}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {STATUSES.map((status) => (
            <tr className="govuk-table__row" key={status}>
              <th scope="row" className="govuk-table__header">
                <StatusTag status={status} withHiddenLabel />
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{summary.totals[status]}</td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Total
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{summary.total}</td>
          </tr>
        </tbody>
      </table>
      <p className="govuk-body">{Math.round(summary.completion * 100)}% of actions are complete (Blue).</p>
    </section>
  );
}
