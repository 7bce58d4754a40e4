import { formatMonth, type PlanPeriodSummary, STATUSES, type StatusCounts } from '@ragboard/shared';
import { Link } from 'react-router';
import { STATUS_SERIES, statusCategory } from '../../../components/charts/status-series';
import { StatusTrendChart } from '../../../components/charts/status-trend-chart';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';

const mix = (counts: StatusCounts) => STATUSES.map((status) => `${counts[status]} ${status}`).join(', ');

/** The first and the last month in words: the table holds every month between. */
function trendSummary(trend: PlanPeriodSummary['trend']): string {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return 'No months to show.';
  return `${formatMonth(first.period)}: ${mix(first.counts)}. ${formatMonth(last.period)}: ${mix(last.counts)}.`;
}

export function TrendSection({ summary }: { summary: PlanPeriodSummary }) {
  const { trend, kpis } = summary;
  const categories = trend.map((month, index) =>
    statusCategory(
      month.period,
      formatMonth(month.period),
      month.counts,
      index === 0 || month.period.endsWith('-01') ? month.period.slice(0, 4) : undefined,
    ),
  );
  return (
    <section aria-labelledby="trend-heading">
      <h2 className="govuk-heading-m" id="trend-heading">
        Over the plan’s life
      </h2>
      <TableScroll label="Actions by status at the end of each month">
        <StatusTrendChart
          title="Actions by status at the end of each month"
          summary={trendSummary(trend)}
          categoryHeader="Month"
          series={STATUS_SERIES}
          categories={categories}
        />
      </TableScroll>
      <h3 className="govuk-heading-s">KPI scorecard</h3>
      <p className="govuk-body">
        Of {kpis.total} KPIs, {kpis.onTarget} on target, {kpis.nearTarget} near target, {kpis.offTarget} off
        target and {kpis.notJudged} not yet judged.
      </p>
      <p className="govuk-body">
        <Link to={paths.planKpis(summary.planId)} className="govuk-link">
          See the KPI scorecard
        </Link>
      </p>
    </section>
  );
}
