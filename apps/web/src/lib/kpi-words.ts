import {
  formatMonth,
  type Kpi,
  type KpiDirection,
  type KpiTarget,
  type KpiUnit,
  type KpiValue,
} from '@ragboard/shared';

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

function number(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** A value in its unit: "52.5%", "14 weeks", "1 day", "120". */
export function formatValue(value: number, unit: KpiUnit): string {
  if (unit === 'percent') return `${number(value)}%`;
  if (unit === 'days' || unit === 'weeks')
    return `${number(value)} ${value === 1 ? unit.slice(0, -1) : unit}`;
  return number(value);
}

/** A target's value in words: a level in the KPI's unit, or a % change from the baseline. */
export function targetValueWords(kpi: KpiShape, value: number): string {
  if (kpi.targetKind === 'level') return formatValue(value, kpi.unit);
  return `${number(value)}% ${kpi.targetKind} from the baseline`;
}

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

/** The baseline in the plan's words when it has them, else its number, else "Not known". */
export function baselineWords(kpi: Pick<Kpi, 'baselineText' | 'baselineValue' | 'unit'>): string {
  if (kpi.baselineText) return kpi.baselineText;
  return kpi.baselineValue === null ? 'Not known' : formatValue(kpi.baselineValue, kpi.unit);
}

/** "48% in June 2023" */
export function valueInMonth(value: Pick<KpiValue, 'value' | 'period'>, unit: KpiUnit): string {
  return `${formatValue(value.value, unit)} in ${formatMonth(value.period)}`;
}
