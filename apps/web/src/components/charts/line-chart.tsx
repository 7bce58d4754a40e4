import { useId } from 'react';
import { MARKER_WORDS, Marker, type MarkerShape } from './marker';
import { linearScale, niceTicks } from './scale';

export interface ChartPoint {
  x: number;
  y: number;
  /** The point in words ("June 2023: 48%"), shown on hover as its title. */
  label: string;
}

export interface LineSeries {
  name: string;
  points: readonly ChartPoint[];
  shape: MarkerShape;
  colour: string;
  /** Each point holds until the next and the last to the axis's end, as a target that steps up. */
  step?: boolean;
  dashed?: boolean;
}

export interface AxisTick {
  value: number;
  label: string;
}

interface LineChartProps {
  /** The chart's accessible name, shown as its caption. */
  title: string;
  /** What the chart shows in words, for screen readers. */
  summary: string;
  series: readonly LineSeries[];
  xAxis: { label: string; domain: readonly [number, number]; ticks: readonly AxisTick[] };
  /** `include`: values the axis must reach though no point does, such as a baseline. */
  yAxis: { label: string; format: (value: number) => string; include?: readonly number[] };
}

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 56, left: 68 };
const TEXT = '#0b0c0c';
const RULE = '#b1b4b6';

function legendWords(series: LineSeries): string {
  const line = `${series.step ? 'stepped ' : ''}${series.dashed ? 'dashed' : 'solid'} line`;
  return `${MARKER_WORDS[series.shape]} on a ${line}`;
}

/** Values over time as lines in SVG, responsive through its viewBox; the legend and summary in words. */
export function LineChart({ title, summary, series, xAxis, yAxis }: LineChartProps) {
  const id = useId();
  const summaryId = `${id}-summary`;
  const ys = [...series.flatMap((s) => s.points.map((p) => p.y)), ...(yAxis.include ?? [])];
  const yTicks = ys.length > 0 ? niceTicks(Math.min(...ys), Math.max(...ys)) : [0, 1];
  const x = linearScale(xAxis.domain, [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([yTicks[0] ?? 0, yTicks.at(-1) ?? 1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const xEnd = xAxis.domain[1];

  function path({ points, step }: LineSeries): string {
    const moves = points.map((p, i) => {
      if (i === 0) return `M${x(p.x)},${y(p.y)}`;
      return step ? `H${x(p.x)} V${y(p.y)}` : `L${x(p.x)},${y(p.y)}`;
    });
    if (step && points.length > 0) moves.push(`H${x(xEnd)}`);
    return moves.join(' ');
  }

  return (
    <figure className="app-chart">
      <figcaption className="govuk-body govuk-!-font-weight-bold">{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        aria-describedby={summaryId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        fontSize={13}
        fill={TEXT}
      >
        {yTicks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={RULE} />
            <text x={MARGIN.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {yAxis.format(tick)}
            </text>
          </g>
        ))}
        {xAxis.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={x(tick.value)}
              x2={x(tick.value)}
              y1={HEIGHT - MARGIN.bottom}
              y2={HEIGHT - MARGIN.bottom + 6}
              stroke={TEXT}
            />
            <text x={x(tick.value)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={HEIGHT - MARGIN.bottom}
          y2={HEIGHT - MARGIN.bottom}
          stroke={TEXT}
        />
        <text
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={HEIGHT - 8}
          textAnchor="middle"
          fontWeight="bold"
        >
          {xAxis.label}
        </text>
        <text
          transform={`translate(16 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontWeight="bold"
        >
          {yAxis.label}
        </text>
        {series.map((s) => (
          <g key={s.name} data-series={s.name}>
            <path
              d={path(s)}
              fill="none"
              stroke={s.colour}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? '8 5' : undefined}
            />
            {s.points.map((p) => (
              <Marker
                key={p.x}
                shape={s.shape}
                x={x(p.x)}
                y={y(p.y)}
                colour={s.colour}
                className="app-chart__point"
                title={p.label}
              />
            ))}
          </g>
        ))}
      </svg>
      <p className="govuk-visually-hidden" id={summaryId}>
        {summary}
      </p>
      <ul className="govuk-list app-chart__legend">
        {series.map((s) => (
          <li key={s.name}>
            <svg aria-hidden="true" focusable="false" width={40} height={16} viewBox="0 0 40 16">
              <line
                x1={2}
                x2={38}
                y1={8}
                y2={8}
                stroke={s.colour}
                strokeWidth={2.5}
                strokeDasharray={s.dashed ? '6 4' : undefined}
              />
              <Marker shape={s.shape} x={20} y={8} colour={s.colour} />
            </svg>{' '}
            {s.name}: {legendWords(s)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
