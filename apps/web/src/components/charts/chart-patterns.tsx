import type { ChartSeries } from './chart-data';

const SIZE = 8;

function Marks({ series }: { series: ChartSeries }) {
  const stroke = { stroke: series.markColour, strokeWidth: 1.5, strokeOpacity: 0.6 };
  switch (series.pattern) {
    case 'dots':
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.5} fill={series.markColour} fillOpacity={0.7} />;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...stroke} />;
    case 'horizontal':
      return <path d="M0,4 H8" {...stroke} />;
    case 'crosshatch':
      return <path d="M0,0 L8,8 M8,0 L0,8" {...stroke} />;
    case 'solid':
      return null;
  }
}

export function patternId(prefix: string, series: ChartSeries): string {
  return `${prefix}-${series.key}`;
}

/** The fill for a series' shapes: its colour, with its pattern's marks when it has one. */
export function fillOf(prefix: string, series: ChartSeries): string {
  return series.pattern === 'solid' ? series.colour : `url(#${patternId(prefix, series)})`;
}

/** One `<pattern>` per patterned series, for use inside an `<svg>`. */
export function ChartPatterns({ prefix, series }: { prefix: string; series: readonly ChartSeries[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.pattern !== 'solid')
        .map((s) => (
          <pattern
            key={s.key}
            id={patternId(prefix, s)}
            width={SIZE}
            height={SIZE}
            patternUnits="userSpaceOnUse"
          >
            <rect width={SIZE} height={SIZE} fill={s.colour} />
            <Marks series={s} />
          </pattern>
        ))}
    </defs>
  );
}
