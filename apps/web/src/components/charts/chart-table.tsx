import type { ReactNode } from 'react';
import { TableHead } from '../table-head';
import { type ChartCategory, type ChartSeries, countOf, totalOf } from './chart-data';

export interface ChartTableProps {
  caption: string;
  /** The first column's heading, such as "Priority" or "Month". */
  categoryHeader: string;
  series: readonly ChartSeries[];
  categories: readonly ChartCategory[];
  /** What a cell shows for a count, such as a link to the actions behind it; the number otherwise. */
  renderValue?: (category: ChartCategory, series: ChartSeries, value: number) => ReactNode;
  renderTotal?: (category: ChartCategory, total: number) => ReactNode;
}

/** The chart's numbers as a GOV.UK table: one row per category, one column per series, and the total. */
export function ChartTable({
  caption,
  categoryHeader,
  series,
  categories,
  renderValue,
  renderTotal,
}: ChartTableProps) {
  const numeric = 'govuk-table__cell govuk-table__cell--numeric';
  return (
    <table className="govuk-table app-chart-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <TableHead
        headings={[
          categoryHeader,
          ...series.map((s) => ({ text: s.label, numeric: true })),
          { text: 'Total', numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {categories.map((category) => {
          const total = totalOf(category, series);
          return (
            <tr key={category.key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {category.label}
              </th>
              {series.map((s) => (
                <td key={s.key} className={numeric}>
                  {renderValue ? renderValue(category, s, countOf(category, s)) : countOf(category, s)}
                </td>
              ))}
              <td className={numeric}>{renderTotal ? renderTotal(category, total) : total}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
