/** Marks drawn over a series' colour, so series differ in print and to people who cannot tell the colours apart. */
export type ChartPattern = 'solid' | 'dots' | 'diagonal' | 'horizontal' | 'crosshatch';

/** One thing being counted (a status, a judgement): its colour always comes with its label. */
export interface ChartSeries {
  key: string;
  label: string;
  /** Said after the label in the legend, such as "Significantly delayed". */
  description?: string;
  colour: string;
  /** Text and pattern marks drawn on the colour; dark on light colours, white on dark. */
  markColour: string;
  pattern: ChartPattern;
}

/** One bar: a group (a priority, an organisation, a month) and its count for each series' key. */
export interface ChartCategory {
  key: string;
  label: string;
  /** A shorter label for the axis, where one is drawn; no axis label when absent. */
  axisLabel?: string;
  values: Readonly<Record<string, number>>;
}

export function countOf(category: ChartCategory, series: ChartSeries): number {
  return category.values[series.key] ?? 0;
}

export function totalOf(category: ChartCategory, series: readonly ChartSeries[]): number {
  return series.reduce((sum, s) => sum + countOf(category, s), 0);
}

/** The numbers in words, for the chart's text alternative: "Priority 1: 3 Grey, 2 Red (5 in all)". */
export function describeCategories(
  series: readonly ChartSeries[],
  categories: readonly ChartCategory[],
): string {
  return categories
    .map((category) => {
      const parts = series.map((s) => `${countOf(category, s)} ${s.label}`).join(', ');
      return `${category.label}: ${parts} (${totalOf(category, series)} in all).`;
    })
    .join(' ');
}

/** An id usable inside `url(#…)`: React's ids carry characters that CSS would need escaped. */
export function svgId(reactId: string, ...parts: string[]): string {
  return ['chart', reactId.replace(/[^a-zA-Z0-9]/g, ''), ...parts].join('-');
}
