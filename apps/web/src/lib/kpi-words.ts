import {
  formatMonth,
  formatValue,
  type Kpi,
  type KpiDirection,
  type KpiTarget,
  type KpiUnit,
  type KpiValue,
  targetValueWords,
} from '@ragboard/shared';

// A value, a target and a baseline in words are the same in the reports: they live in shared.
export { baselineWords, formatValue, targetValueWords } from '@ragboard/shared';

type KpiShape = Pick<Kpi, 'unit' | 'targetKind' | 'baselineValue'>;

export const DIRECTION_WORDS: Record<KpiDirection, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

export const TARGET_KIND_WORDS: Record<Kpi['targetKind'], string> = {
  level: 'A level to reach',
  reduction: 'A reduction from the baseline',
  increase: 'An increase from the baseline',
};

export const UNIT_WORDS: Record<KpiUnit, string> = {
  percent: 'Percentage',
  count: 'Count',
  days: 'Days',
  weeks: 'Weeks',
  ratio: 'Ratio',
  other: 'Other',
};

/** What follows a number of the unit in the value field, as the GOV.UK input suffix. */
export const UNIT_SUFFIX: Record<KpiUnit, string | null> = {
  percent: '%',
  count: null,
  days: 'days',
  weeks: 'weeks',
  ratio: null,
  other: null,
};

/** "50% by March 2023", or the plan's own words when the target has no number. */
export function targetWords(kpi: KpiShape, target: KpiTarget): string {
  if (target.value === null) return target.text ? `${target.text} (no number set)` : 'Not set';
  return `${targetValueWords(kpi, target.value)} by ${formatMonth(target.month)}`;
}

/**
 * A target as a level in the KPI's unit, so it can be drawn against the actuals: a reduction or
 * increase is a % change from the baseline, and cannot be drawn without one.
 */
export function targetLevel(kpi: KpiShape, value: number): number | null {
  if (kpi.targetKind === 'level') return value;
  if (kpi.baselineValue === null) return null;
  const change = kpi.targetKind === 'reduction' ? -value : value;
  return Math.round(kpi.baselineValue * (1 + change / 100) * 100) / 100;
}

/** "48% in June 2023" */
export function valueInMonth(value: Pick<KpiValue, 'value' | 'period'>, unit: KpiUnit): string {
  return `${formatValue(value.value, unit)} in ${formatMonth(value.period)}`;
}
