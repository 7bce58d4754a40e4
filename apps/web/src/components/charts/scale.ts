/** Maps a domain onto a range in proportion; a domain of one value maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** The smallest and largest of the values, or null for none. */
export function extent(values: readonly number[]): [number, number] | null {
  if (values.length === 0) return null;
  return [Math.min(...values), Math.max(...values)];
}

/**
 * About `count` round ticks (steps of 1, 2 or 5 × 10ⁿ) from at or below `min` to at or above
 * `max`, so an axis starts and ends on a labelled value.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const low = min === max ? min - 1 : min;
  const high = min === max ? max + 1 : max;
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Rounded so 0.1 steps read 0.3, not 0.30000000000000004.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
