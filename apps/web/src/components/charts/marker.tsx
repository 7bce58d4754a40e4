/** A point's shape: series differ by shape as well as colour, so no one needs to tell colours apart. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const MARKER_WORDS: Record<MarkerShape, string> = {
  circle: 'circles',
  square: 'squares',
  triangle: 'triangles',
  diamond: 'diamonds',
};

interface MarkerProps {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
  size?: number;
  className?: string;
  /** Shown on hover: the point in words. */
  title?: string;
}

/** One point drawn as its series' shape, centred on (x, y). */
export function Marker({ shape, x, y, colour, size = 5, className, title }: MarkerProps) {
  const common = { className, fill: colour, stroke: '#ffffff', strokeWidth: 1 };
  const children = title ? <title>{title}</title> : null;
  if (shape === 'circle') {
    return (
      <circle cx={x} cy={y} r={size} {...common}>
        {children}
      </circle>
    );
  }
  if (shape === 'square') {
    const side = size * 1.7;
    return (
      <rect x={x - side / 2} y={y - side / 2} width={side} height={side} {...common}>
        {children}
      </rect>
    );
  }
  const s = size * 1.3;
  const corners =
    shape === 'triangle'
      ? [
          [x, y - s],
          [x + s, y + s * 0.8],
          [x - s, y + s * 0.8],
        ]
      : [
          [x, y - s],
          [x + s, y],
          [x, y + s],
          [x - s, y],
        ];
  return (
    <polygon points={corners.map((c) => c.join(',')).join(' ')} {...common}>
      {children}
    </polygon>
  );
}
