import type { Kpi } from '@ragboard/shared';
import { LineChart } from '../../../components/charts/line-chart';
import { formatValue, UNIT_WORDS } from '../../../lib/kpi-words';
import { kpiChartData } from '../kpi-chart-data';

/** The KPI's actuals against its stepped target path; the table below carries the same numbers. */
export function KpiChart({ kpi }: { kpi: Kpi }) {
  const data = kpiChartData(kpi);
  return (
    <LineChart
      title="Actuals against the target in force"
      summary={data.summary}
      xAxis={{ label: 'Month', domain: data.domain, ticks: data.ticks }}
      yAxis={{
        label: UNIT_WORDS[kpi.unit],
        format: (value) => formatValue(value, kpi.unit),
        include: kpi.baselineValue === null ? [] : [kpi.baselineValue],
      }}
      series={[
        { name: 'Actual', points: data.actual, shape: 'circle', colour: '#1d70b8' },
        {
          name: 'Target in force',
          points: data.target,
          shape: 'square',
          colour: '#0b0c0c',
          step: true,
          dashed: true,
        },
      ]}
    />
  );
}
