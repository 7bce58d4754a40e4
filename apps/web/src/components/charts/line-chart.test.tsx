import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart, type LineSeries } from './line-chart';

const actual: LineSeries = {
  name: 'Actual',
  shape: 'circle',
  colour: '#1d70b8',
  points: [
    { x: 2, y: 44, label: 'March: 44%' },
    { x: 5, y: 48, label: 'June: 48%' },
    { x: 8, y: 53, label: 'September: 53%' },
  ],
};

const target: LineSeries = {
  name: 'Target',
  shape: 'square',
  colour: '#0b0c0c',
  step: true,
  dashed: true,
  points: [
    { x: 2, y: 50, label: 'From March: 50%' },
    { x: 5, y: 55, label: 'From June: 55%' },
  ],
};

function renderChart(series: LineSeries[]) {
  render(
    <LineChart
      title="Actuals against the target"
      summary="Three actuals, from 44% in March to 53% in September."
      series={series}
      xAxis={{ label: 'Month', domain: [0, 11], ticks: [{ value: 2, label: 'Mar' }] }}
      yAxis={{ label: 'Percent', format: (v) => `${v}%`, include: [41] }}
    />,
  );
  return screen.getByRole('img', { name: 'Actuals against the target' });
}

describe('LineChart', () => {
  it('is named by its caption and described by its summary in words', () => {
    const chart = renderChart([actual, target]);
    expect(chart).toHaveAccessibleDescription('Three actuals, from 44% in March to 53% in September.');
  });

  it('marks one point per value in each series, each titled with its words', () => {
    const chart = renderChart([actual, target]);
    const points = chart.querySelectorAll('[data-series="Actual"] .app-chart__point');
    expect(points).toHaveLength(3);
    expect([...points].map((p) => p.textContent)).toEqual(['March: 44%', 'June: 48%', 'September: 53%']);
    expect(chart.querySelectorAll('[data-series="Target"] rect.app-chart__point')).toHaveLength(2);
    expect(chart.querySelectorAll('[data-series="Actual"] circle')).toHaveLength(3);
  });

  it('draws a step series flat from each point to the next, then on to the end of the axis', () => {
    const chart = renderChart([target]);
    const d = chart.querySelector('[data-series="Target"] path')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^M[\d.]+,[\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
    expect(d.endsWith('H616')).toBe(true);
  });

  it('starts the axis at a round value at or below everything it must show', () => {
    const chart = renderChart([actual]);
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('40%');
    expect(labels).toContain('55%');
  });

  it('names each series in a legend by its words, not its colour alone', () => {
    renderChart([actual, target]);
    expect(screen.getByText('Actual: circles on a solid line')).toBeInTheDocument();
    expect(screen.getByText('Target: squares on a stepped dashed line')).toBeInTheDocument();
  });
});
