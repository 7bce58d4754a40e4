import { type MouseEvent, useId } from 'react';
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
import { ChartTable, type ChartTableProps } from './chart-table';

const WIDTH = 640;
const TOTAL_SPACE = 48;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 26;
const ROW_GAP = 14;
/** Narrower segments get no number on them: their pattern, the key and the table tell them apart. */
const MIN_LABELLED_WIDTH = 26;

export interface StackedBarChartProps extends Omit<ChartTableProps, 'caption'> {
  title: string;
  /** The numbers in words for screen readers; generated from the data when absent. */
  summary?: string;
  /** Where a segment leads: mouse users click the bar, everyone else follows the table's links. */
  segmentHref?: (category: ChartCategory, series: ChartSeries) => string | undefined;
  /** Follows a segment's href inside the app (a router's navigate); a page load otherwise. */
  onFollow?: (href: string) => void;
}

/** One horizontal bar per category, stacked by series, on a common scale, with the same numbers in a table. */
export function StackedBarChart(props: StackedBarChartProps) {
  const { title, summary, series, categories, segmentHref, onFollow } = props;
  const prefix = svgId(useId(), 'bar');
  const max = Math.max(1, ...categories.map((c) => totalOf(c, series)));
  const scale = (WIDTH - TOTAL_SPACE) / max;
  const rowHeight = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;

  function follow(event: MouseEvent<SVGSVGElement>) {
    const href = (event.target as Element).closest('[data-href]')?.getAttribute('data-href');
    if (!href) return;
    if (onFollow) onFollow(href);
    else window.location.assign(href);
  }

  return (
    <figure className="app-chart">
      <ChartLegend series={series} />
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut only; the table's links do the same by keyboard */}
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${WIDTH} ${Math.max(rowHeight * categories.length, 1)}`}
        role="img"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
        onClick={follow}
      >
        <title id={`${prefix}-title`}>{title}</title>
        <desc id={`${prefix}-desc`}>{summary ?? describeCategories(series, categories)}</desc>
        <ChartPatterns prefix={prefix} series={series} />
        {categories.map((category, index) => {
          let x = 0;
          const total = totalOf(category, series);
          return (
            <g key={category.key} transform={`translate(0 ${index * rowHeight})`}>
              <text x={0} y={LABEL_HEIGHT - 6} className="app-chart__label">
                {category.label}
              </text>
              {series.map((s) => {
                const value = countOf(category, s);
                if (value === 0) return null;
                const width = value * scale;
                const left = x;
                x += width;
                const href = segmentHref?.(category, s);
                return (
                  <g
                    key={s.key}
                    data-segment={s.key}
                    data-href={href}
                    className={href ? 'app-chart__segment app-chart__segment--link' : 'app-chart__segment'}
                  >
                    <title>{`${category.label}: ${value} ${s.label}`}</title>
                    <rect
                      x={left}
                      y={LABEL_HEIGHT}
                      width={width}
                      height={BAR_HEIGHT}
                      fill={fillOf(prefix, s)}
                    />
                    {width >= MIN_LABELLED_WIDTH && (
                      <text
                        x={left + width / 2}
                        y={LABEL_HEIGHT + BAR_HEIGHT / 2}
                        textAnchor="middle"
                        dominantBaseline="central"
                        fill={s.markColour}
                        className="app-chart__value"
                      >
                        {value}
                      </text>
                    )}
                  </g>
                );
              })}
              <text
                x={x + 6}
                y={LABEL_HEIGHT + BAR_HEIGHT / 2}
                dominantBaseline="central"
                className="app-chart__label"
              >
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={title}
        categoryHeader={props.categoryHeader}
        series={series}
        categories={categories}
        renderValue={props.renderValue}
        renderTotal={props.renderTotal}
      />
    </figure>
  );
}
