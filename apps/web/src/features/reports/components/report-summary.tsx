import { formatMonth, type PlanPeriodSummary, STATUSES } from '@ragboard/shared';
import { StackedBarChart } from '../../../components/charts/stacked-bar-chart';
import { STATUS_SERIES, statusCategory } from '../../../components/charts/status-series';
import { StatusTag } from '../../../components/status-tag';
import { TableHead } from '../../../components/table-head';

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
        <TableHead headings={['Status', { text: 'Actions', numeric: true }]} />
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
      <StackedBarChart
        title={`Actions by status in each priority, ${formatMonth(summary.period)}`}
        categoryHeader="Priority"
        series={STATUS_SERIES}
        categories={summary.byPriority.map((p) =>
          statusCategory(p.id, `${p.ref}. ${p.title}`, p.counts, `Priority ${p.ref}`),
        )}
      />
    </section>
  );
}
