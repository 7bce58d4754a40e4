import { useId } from 'react';
import type { ChartSeries } from './chart-data';
import { svgId } from './chart-data';
import { ChartPatterns, fillOf } from './chart-patterns';

/** Each series' colour and pattern beside its label, so no colour stands without its word. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  const prefix = svgId(useId(), 'legend');
  return (
    <ul className="app-chart-legend" aria-label="Key">
      {series.map((s) => (
        <li key={s.key} className="app-chart-legend__item">
          <svg
            className="app-chart-legend__swatch"
            width="20"
            height="20"
            viewBox="0 0 20 20"
            aria-hidden="true"
          >
            <ChartPatterns prefix={prefix} series={[s]} />
            <rect width="20" height="20" fill={fillOf(prefix, s)} stroke="#0b0c0c" strokeWidth="1" />
          </svg>
          <span className="govuk-!-font-weight-bold">{s.label}</span>
          {s.description && <span> – {s.description}</span>}
        </li>
      ))}
    </ul>
  );
}
