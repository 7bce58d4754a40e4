import type { Kpi } from '@ragboard/shared';
import { Sparkline } from '../../../components/charts/sparkline';
import { valueInMonth } from '../../../lib/kpi-words';

/** A KPI's values in force as a sparkline, named by how many there are and where they start and end. */
export function KpiTrend({ kpi }: { kpi: Pick<Kpi, 'values' | 'unit'> }) {
  const first = kpi.values[0];
  const last = kpi.values.at(-1);
  if (!first || !last) return <span className="govuk-body-s">No values yet</span>;
  const label =
    kpi.values.length === 1
      ? `One value: ${valueInMonth(first, kpi.unit)}`
      : `Trend of ${kpi.values.length} values, from ${valueInMonth(first, kpi.unit)} to ${valueInMonth(last, kpi.unit)}`;
  return <Sparkline values={kpi.values.map((v) => v.value)} label={label} />;
}
