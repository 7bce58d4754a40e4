import { extent, linearScale } from './scale';

interface SparklineProps {
  values: readonly number[];
  /** What the line shows in words, such as its first and last values: its accessible name. */
  label: string;
  width?: number;
  height?: number;
}

const PAD = 3;

/** A small trend line beside numbers a table already carries; one dot per value, the last one larger. */
export function Sparkline({ values, label, width = 96, height = 28 }: SparklineProps) {
  const [low, high] = extent(values) ?? [0, 0];
  const x = linearScale([0, Math.max(values.length - 1, 1)], [PAD, width - PAD]);
  const y = linearScale([low, high], [height - PAD, PAD]);
  const points = values.map((value, index) => ({ cx: x(index), cy: y(value) }));
  return (
    <svg
      className="app-sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {points.length > 1 && (
        <polyline
          points={points.map((p) => `${p.cx},${p.cy}`).join(' ')}
          fill="none"
          stroke="#1d70b8"
          strokeWidth={1.5}
          strokeLinejoin="round"
        />
      )}
      {points.map((p, index) => (
        <circle
          // biome-ignore lint/suspicious/noArrayIndexKey: a value's place in the series is its identity
          key={index}
          className="app-sparkline__point"
          cx={p.cx}
          cy={p.cy}
          r={index === points.length - 1 ? 2.5 : 1.5}
          fill="#1d70b8"
        />
      ))}
    </svg>
  );
}
