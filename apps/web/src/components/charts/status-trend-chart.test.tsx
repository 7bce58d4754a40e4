import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STATUS_SERIES, statusCategory } from './status-series';
import { StatusTrendChart } from './status-trend-chart';

const months = [
  statusCategory('2023-01', 'January 2023', { Grey: 10, Blue: 0, Green: 0, Amber: 0, Red: 0 }, 'Jan 2023'),
  statusCategory('2023-02', 'February 2023', { Grey: 4, Blue: 1, Green: 3, Amber: 2, Red: 0 }),
  statusCategory('2023-03', 'March 2023', { Grey: 2, Blue: 2, Green: 3, Amber: 1, Red: 2 }),
];

function renderChart() {
  return render(
    <StatusTrendChart
      title="Status of actions by month"
      summary="From 10 Grey in January 2023 to 2 Red in March 2023."
      categoryHeader="Month"
      series={STATUS_SERIES}
      categories={months}
    />,
  );
}

describe('StatusTrendChart', () => {
  it('is an image named by its title with a summary in words', () => {
    renderChart();
    expect(screen.getByRole('img', { name: 'Status of actions by month' })).toHaveAccessibleDescription(
      'From 10 Grey in January 2023 to 2 Red in March 2023.',
    );
  });

  it('draws one column per month with one segment per status that has actions', () => {
    const { container } = renderChart();
    const columns = container.querySelectorAll('[data-category]');
    expect([...columns].map((c) => c.getAttribute('data-category'))).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
    ]);
    const segments = (column: Element) =>
      [...column.querySelectorAll('[data-segment]')].map((s) => s.getAttribute('data-segment'));
    expect(segments(columns[0]!)).toEqual(['Grey']);
    expect(segments(columns[1]!)).toEqual(['Grey', 'Blue', 'Green', 'Amber']);
    expect(segments(columns[2]!)).toEqual(['Grey', 'Blue', 'Green', 'Amber', 'Red']);
  });

  it('stacks each column to its total, on one scale', () => {
    const { container } = renderChart();
    const heights = [...container.querySelectorAll('[data-category]')].map((column) =>
      [...column.querySelectorAll('rect')].reduce((sum, r) => sum + Number(r.getAttribute('height')), 0),
    );
    expect(heights[0]).toBeCloseTo(heights[1]!);
    expect(heights[1]).toBeCloseTo(heights[2]!);
  });

  it('keeps the same numbers in a table behind “Show the numbers”', async () => {
    renderChart();
    await userEvent.setup().click(screen.getByText('Show the numbers'));
    const table = screen.getByRole('table', { name: 'Status of actions by month' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'January 2023',
      'February 2023',
      'March 2023',
    ]);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['10', '0', '0', '0', '0', '10'],
      ['4', '1', '3', '2', '0', '10'],
      ['2', '2', '3', '1', '2', '10'],
    ]);
  });
});
