import type { Kpi, KpiUnit } from './schemas/kpi';

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
export function targetValueWords(kpi: Pick<Kpi, 'unit' | 'targetKind'>, value: number): string {
  if (kpi.targetKind === 'level') return formatValue(value, kpi.unit);
  return `${number(value)}% ${kpi.targetKind} from the baseline`;
}

/** The baseline in the plan's words when it has them, else its number, else "Not known". */
export function baselineWords(kpi: Pick<Kpi, 'baselineText' | 'baselineValue' | 'unit'>): string {
  if (kpi.baselineText) return kpi.baselineText;
  return kpi.baselineValue === null ? 'Not known' : formatValue(kpi.baselineValue, kpi.unit);
}
