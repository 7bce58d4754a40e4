import { useId } from 'react';
import {
  type ChartCategory,
  type ChartSeries,
  countOf,
  describeCategories,
  svgId,
  totalOf,
} from './chart-data';
import { ChartLegend } from './chart-legend';
import { ChartPatterns, fillOf } from './chart-patterns';
import { ChartTable } from './chart-table';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 40;
const BOTTOM = 24;
const TOP = 8;

export interface StatusTrendChartProps {
  title: string;
  /** The text alternative; generated from the data when absent (long for many months: prefer a sentence). */
  summary?: string;
  /** One per column, oldest first; `axisLabel` marks the ones named under the axis. */
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  categoryHeader: string;
  /** The GOV.UK details link that opens the table of the same numbers. */
  tableLink?: string;
}

/** Round up to a number the axis can show in halves: 153 → 160, 40 → 40. */
function niceMax(value: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1) * 2;
  return Math.max(step, Math.ceil(value / step) * step);
}

/** How a mix of series changes over time: one stacked column per category, and a table of the same numbers. */
export function StatusTrendChart({
  title,
  summary,
  categories,
  series,
  categoryHeader,
  tableLink = 'Show the numbers',
}: StatusTrendChartProps) {
  const prefix = svgId(useId(), 'trend');
  const top = niceMax(Math.max(1, ...categories.map((c) => totalOf(c, series))));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const column = (WIDTH - LEFT) / Math.max(1, categories.length);
  const barWidth = Math.max(1, column * 0.8);
  return (
    <figure className="app-chart">
      <ChartLegend series={series} />
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
      >
        <title id={`${prefix}-title`}>{title}</title>
        <desc id={`${prefix}-desc`}>{summary ?? describeCategories(series, categories)}</desc>
        <ChartPatterns prefix={prefix} series={series} />
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" strokeWidth={1} />
            <text
              x={LEFT - 6}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="central"
              className="app-chart__label"
            >
              {tick}
            </text>
          </g>
        ))}
        {categories.map((category, index) => {
          const left = LEFT + index * column + (column - barWidth) / 2;
          let below = 0;
          return (
            <g key={category.key} data-category={category.key}>
              <title>{`${category.label}: ${series.map((s) => `${countOf(category, s)} ${s.label}`).join(', ')}`}</title>
              {series.map((s) => {
                const value = countOf(category, s);
                if (value === 0) return null;
                const bottom = below;
                below += value;
                return (
                  <rect
                    key={s.key}
                    data-segment={s.key}
                    x={left}
                    y={y(below)}
                    width={barWidth}
                    height={y(bottom) - y(below)}
                    fill={fillOf(prefix, s)}
                  />
                );
              })}
              {category.axisLabel && (
                <text x={left} y={HEIGHT - 6} className="app-chart__label">
                  {category.axisLabel}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{tableLink}</span>
        </summary>
        <div className="govuk-details__text">
          <ChartTable
            caption={title}
            categoryHeader={categoryHeader}
            series={series}
            categories={categories}
          />
        </div>
      </details>
    </figure>
  );
}
