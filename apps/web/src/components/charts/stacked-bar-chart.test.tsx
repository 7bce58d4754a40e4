import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartCategory } from './chart-data';
import { StackedBarChart } from './stacked-bar-chart';
import { STATUS_SERIES, statusCategory } from './status-series';

const categories: ChartCategory[] = [
  statusCategory('p1', 'Priority 1', { Grey: 1, Blue: 4, Green: 0, Amber: 2, Red: 3 }),
  statusCategory('p2', 'Priority 2', { Grey: 0, Blue: 0, Green: 5, Amber: 0, Red: 0 }),
];

function renderChart(extra: Partial<Parameters<typeof StackedBarChart>[0]> = {}) {
  return render(
    <StackedBarChart
      title="Actions by priority"
      categoryHeader="Priority"
      series={STATUS_SERIES}
      categories={categories}
      {...extra}
    />,
  );
}

describe('StackedBarChart', () => {
  it('is an image named by its title, described by its numbers in words', () => {
    renderChart();
    const chart = screen.getByRole('img', { name: 'Actions by priority' });
    expect(chart).toHaveAccessibleDescription(
      'Priority 1: 1 Grey, 4 Blue, 0 Green, 2 Amber, 3 Red (10 in all). ' +
        'Priority 2: 0 Grey, 0 Blue, 5 Green, 0 Amber, 0 Red (5 in all).',
    );
  });

  it('draws one segment per status with actions, in the plan’s order', () => {
    const { container } = renderChart();
    const bars = container.querySelectorAll('svg[role="img"] > g');
    expect(
      [...bars[0]!.querySelectorAll('[data-segment]')].map((s) => s.getAttribute('data-segment')),
    ).toEqual(['Grey', 'Blue', 'Amber', 'Red']);
    expect(
      [...bars[1]!.querySelectorAll('[data-segment]')].map((s) => s.getAttribute('data-segment')),
    ).toEqual(['Green']);
  });

  it('pairs every colour with its status word in the key', () => {
    renderChart();
    const key = screen.getByRole('list', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Grey – Not started',
      'Blue – Completed',
      'Green – On target',
      'Amber – Delayed',
      'Red – Significantly delayed',
    ]);
  });

  it('gives the same numbers in a table, with totals', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Actions by priority' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Priority', 'Grey', 'Blue', 'Green', 'Amber', 'Red', 'Total']);
    expect(
      rows.slice(1).map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '4', '0', '2', '3', '10'],
      ['0', '0', '5', '0', '0', '5'],
    ]);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Priority 1');
  });

  it('lets the table show each count as the caller chooses, such as a link', () => {
    renderChart({
      renderValue: (category, series, value) => <a href={`/x?${category.key}=${series.key}`}>{value}</a>,
    });
    expect(screen.getAllByRole('link', { name: '3' })[0]).toHaveAttribute('href', '/x?p1=Red');
  });

  it('follows a clicked segment to where it leads', async () => {
    const onFollow = vi.fn();
    const { container } = renderChart({
      segmentHref: (category, series) => `/plans?priority=${category.key}&status=${series.key}`,
      onFollow,
    });
    const red = container.querySelector('[data-segment="Red"] rect')!;
    await userEvent.setup().click(red);
    expect(onFollow).toHaveBeenCalledWith('/plans?priority=p1&status=Red');
  });
});
