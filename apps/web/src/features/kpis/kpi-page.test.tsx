import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, personRef, sessionReply } from '../../test/factories';
import { kpiDetail, kpiValue } from '../../test/kpi-factories';
import { renderApp, stubApi } from '../../test/render-app';

const owner = personRef({ name: 'Sapphire Murray' });
const values = [
  kpiValue({ period: '2023-02', value: 43, target: null, judgement: 'no-target-yet' }),
  kpiValue({ period: '2023-03', value: 48, target: 50, judgement: 'near-target', note: 'Two teams short' }),
  kpiValue({ period: '2023-09', value: 56, target: 55, judgement: 'on-target' }),
  kpiValue({ period: '2024-03', value: 60, target: 65, judgement: 'off-target', author: 'Sapphire Murray' }),
];
const replaced = kpiValue({
  period: '2023-09',
  value: 52,
  target: 55,
  judgement: 'off-target',
  superseded: true,
});
const kpi = kpiDetail({ owner, values, history: [...values].reverse().concat(replaced) });

function stubKpi(role: 'manager' | 'lead' | 'board', personId: string | null = null) {
  return stubApi({
    '/api/auth/me': { body: sessionReply({ role, personId }) },
    [`/api/kpis/${kpi.id}`]: { body: kpi },
  });
}

async function openKpi() {
  const view = renderApp(`/kpis/${kpi.id}`);
  await screen.findByRole('heading', { level: 1, name: kpi.statement });
  return view;
}

/** Each row of the values table as the text of its cells, the month (its row header) first. */
function bodyRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Values by month' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('KPI page', () => {
  it('describes the measure: direction, kind, baseline, targets with their months, tolerance and owner', async () => {
    stubKpi('board');
    await openKpi();
    const details = screen
      .getAllByRole('term')
      .map((t) => [t.textContent, t.nextElementSibling?.textContent]);
    expect(details).toEqual([
      ['Outcome', '3.4'],
      ['Unit', 'Percentage'],
      ['Direction', 'Higher is better'],
      ['Kind of target', 'A level to reach'],
      ['Baseline', '41% (16.2% to 66%)'],
      ['Targets', '3 months: 50% by March 20236 months: 55% by June 202312 months: 65% by December 2023'],
      ['Near target within', 'The default: 2 points'],
      ['Owner', 'Sapphire Murray'],
    ]);
  });

  it('draws the same numbers as its table: one point per value, and a summary in words', async () => {
    stubKpi('board');
    await openKpi();
    const chart = screen.getByRole('img', { name: 'Actuals against the target in force' });
    const points = [...chart.querySelectorAll('[data-series="Actual"] .app-chart__point')].map(
      (p) => p.textContent,
    );
    const rows = bodyRows().map(([month, actual]) => `${month}: ${actual}`);
    expect(points).toEqual(rows);
    expect(rows).toEqual(['February 2023: 43%', 'March 2023: 48%', 'September 2023: 56%', 'March 2024: 60%']);
    expect(chart).toHaveAccessibleDescription(
      '4 actual values, from 43% in February 2023 to 60% in March 2024. ' +
        'No target before March 2023; then 50% from March 2023, 55% from June 2023, 65% from December 2023. ' +
        'Latest: Off target against a target of 65%.',
    );
    expect(screen.getByText('Target in force: squares on a stepped dashed line')).toBeInTheDocument();
  });

  it('steps the target: none before the first milestone, then each milestone’s from its month on', async () => {
    stubKpi('board');
    await openKpi();
    const rows = bodyRows().map((cells) => cells.slice(0, 4));
    expect(rows).toEqual([
      ['February 2023', '43%', 'None yet', 'No target yet'],
      ['March 2023', '48%', '50%', 'Near target'],
      ['September 2023', '56%', '55%', 'On target'],
      ['March 2024', '60%', '65%', 'Off target'],
    ]);
    const chart = screen.getByRole('img', { name: 'Actuals against the target in force' });
    const steps = [...chart.querySelectorAll('[data-series="Target in force"] .app-chart__point')];
    expect(steps.map((s) => s.textContent)).toEqual([
      'From March 2023: 50%',
      'From June 2023: 55%',
      'From December 2023: 65%',
    ]);
  });

  it('keeps a replaced value, marked as replaced', async () => {
    stubKpi('board');
    await openKpi();
    const table = screen.getByRole('table', { name: 'Replaced values, newest first' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('September 2023');
    expect(row).toHaveTextContent('52%');
    expect(row).toHaveTextContent('Replaced');
  });

  it('never offers a board member the form', async () => {
    stubKpi('board', owner.id);
    await openKpi();
    expect(screen.queryByRole('heading', { name: 'Record a value' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record value' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Change the KPI/ })).not.toBeInTheDocument();
  });

  it('never offers the form to a lead who does not own the KPI', async () => {
    stubKpi('lead', nextId());
    await openKpi();
    expect(screen.queryByRole('button', { name: 'Record value' })).not.toBeInTheDocument();
  });

  it('offers the form to the lead who owns the KPI', async () => {
    stubKpi('lead', owner.id);
    await openKpi();
    expect(screen.getByRole('heading', { level: 2, name: 'Record a value' })).toBeInTheDocument();
  });

  it('offers the form to the manager, and the way to change the KPI', async () => {
    stubKpi('manager');
    await openKpi();
    expect(screen.getByRole('button', { name: 'Record value' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Change the KPI’s measure, baseline, targets or owner' }),
    ).toHaveAttribute('href', `/kpis/${kpi.id}/edit`);
  });
});
