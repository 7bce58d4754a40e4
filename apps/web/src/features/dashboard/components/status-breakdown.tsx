import type { Status } from '@ragboard/shared';
import { useNavigate } from 'react-router';
import type { ChartCategory } from '../../../components/charts/chart-data';
import { StackedBarChart } from '../../../components/charts/stacked-bar-chart';
import { STATUS_SERIES } from '../../../components/charts/status-series';
import { TableScroll } from '../../../components/table-scroll';
import { actionsWord } from '../drill-down';
import { CountLink } from './count-link';

interface StatusBreakdownProps {
  title: string;
  categoryHeader: string;
  categories: readonly ChartCategory[];
  /** Where a category's actions (of one status, or all) are listed; none when the plan page cannot filter so. */
  hrefFor: (category: ChartCategory, status?: Status) => string | undefined;
  /** How a count's link ends: "in priority 3", "led by the ICB". */
  whereWords: (category: ChartCategory) => string;
}

/** Counts by status per group, as stacked bars and a table, every non-zero count a link to its actions. */
export function StatusBreakdown({
  title,
  categoryHeader,
  categories,
  hrefFor,
  whereWords,
}: StatusBreakdownProps) {
  const navigate = useNavigate();
  const link = (category: ChartCategory, count: number, status?: Status) => {
    const href = hrefFor(category, status);
    if (count === 0 || !href) return count;
    return (
      <CountLink
        count={count}
        hiddenWords={`${actionsWord(count, status)} ${whereWords(category)}`}
        to={href}
      />
    );
  };
  // The chart's table has a column a status: too wide for a narrow screen, so it scrolls in its region.
  return (
    <TableScroll label={title}>
      <StackedBarChart
        title={title}
        categoryHeader={categoryHeader}
        series={STATUS_SERIES}
        categories={categories}
        renderValue={(category, series, count) => link(category, count, series.key as Status)}
        renderTotal={(category, total) => link(category, total)}
        segmentHref={(category, series) => hrefFor(category, series.key as Status)}
        onFollow={(href) => navigate(href)}
      />
    </TableScroll>
  );
}
