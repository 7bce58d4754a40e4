import { addMonths, formatMonth, KPI_JUDGEMENT_DEFINITIONS, type Kpi, type Month } from '@ragboard/shared';
import type { AxisTick, ChartPoint } from '../../components/charts/line-chart';
import { formatValue, targetLevel, targetValueWords, valueInMonth } from '../../lib/kpi-words';

/** Months as numbers the chart can space evenly: January 2023 is 2023 × 12. */
export function monthIndex(month: Month): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return year * 12 + mon - 1;
}

const monthAt = (index: number): Month => addMonths('0000-01', index);

function shortMonth(index: number): string {
  const [year, mon] = monthAt(index).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 1)).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The plan's first month, worked back from a milestone ("3 months" falls due in the 3rd month). */
function planStart(kpi: Kpi): Month | null {
  const first = [...kpi.targets].sort((a, b) => a.monthsFromStart - b.monthsFromStart)[0];
  return first ? addMonths(first.month, -(first.monthsFromStart - 1)) : (kpi.values[0]?.period ?? null);
}

/** The steps of the target path as levels in the KPI's unit: none for a change without a baseline. */
export function targetSteps(kpi: Kpi) {
  return [...kpi.targets]
    .sort((a, b) => a.monthsFromStart - b.monthsFromStart)
    .flatMap((target) => {
      const level = target.value === null ? null : targetLevel(kpi, target.value);
      return target.value === null || level === null
        ? []
        : [{ month: target.month, value: target.value, level }];
    });
}

/** What the KPI page's chart draws, and the same in words for its summary. */
export function kpiChartData(kpi: Kpi) {
  const steps = targetSteps(kpi);
  const months = [...kpi.values.map((v) => monthIndex(v.period)), ...steps.map((s) => monthIndex(s.month))];
  const start = planStart(kpi);
  if (start) months.push(monthIndex(start));
  const from = Math.min(...months);
  const to = Math.max(...months, from + 1);
  const every = to - from <= 12 ? 3 : to - from <= 24 ? 6 : 12;
  const ticks: AxisTick[] = [];
  for (let m = from; m <= to; m++) if (m % every === 0) ticks.push({ value: m, label: shortMonth(m) });

  const actual: ChartPoint[] = kpi.values.map((v) => ({
    x: monthIndex(v.period),
    y: v.value,
    label: `${formatMonth(v.period)}: ${formatValue(v.value, kpi.unit)}`,
  }));
  const target: ChartPoint[] = steps.map((s) => ({
    x: monthIndex(s.month),
    y: s.level,
    label: `From ${formatMonth(s.month)}: ${formatValue(s.level, kpi.unit)}`,
  }));
  return { domain: [from, to] as const, ticks, actual, target, summary: chartSummary(kpi, steps) };
}

function chartSummary(kpi: Kpi, steps: ReturnType<typeof targetSteps>): string {
  const first = kpi.values[0];
  const latest = kpi.latest;
  const actuals =
    !first || !latest
      ? 'No actual values recorded yet.'
      : kpi.values.length === 1
        ? `One actual value: ${valueInMonth(first, kpi.unit)}.`
        : `${kpi.values.length} actual values, from ${valueInMonth(first, kpi.unit)} to ${valueInMonth(latest, kpi.unit)}.`;
  const path =
    steps[0] === undefined
      ? 'No target can be drawn.'
      : `No target before ${formatMonth(steps[0].month)}; then ${steps
          .map((s) => `${formatValue(s.level, kpi.unit)} from ${formatMonth(s.month)}`)
          .join(', ')}.`;
  const judged = latest
    ? ` Latest: ${KPI_JUDGEMENT_DEFINITIONS[latest.judgement].label}${
        latest.target === null ? '' : ` against a target of ${targetValueWords(kpi, latest.target)}`
      }.`
    : '';
  return `${actuals} ${path}${judged}`;
}
