import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planSummary } from '../../test/factories';
import { renderApp, stubApi } from '../../test/render-app';

describe('Plans page', () => {
  it('lists each plan with its counts under the status words', async () => {
    const plan = planSummary({ title: 'Lancashire SEND plan', overdue: 7, actionCount: 10 });
    stubApi({ '/api/plans': { body: { plans: [plan] } } });
    renderApp('/plans');

    expect(await screen.findByRole('heading', { level: 1, name: 'Improvement plans' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Lancashire SEND plan' });
    expect(link).toHaveAttribute('href', `/plans/${plan.id}`);

    const table = screen.getByRole('table', { name: /actions by status/i });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Grey (not started)',
      'Blue (completed)',
      'Green (on target)',
      'Amber (delayed)',
      'Red (significantly delayed)',
    ]);
    const counts = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(counts).toEqual(['1', '2', '3', '0', '4']);
  });

  it('shows the period, state, number of actions and overdue count', async () => {
    stubApi({ '/api/plans': { body: { plans: [planSummary({ overdue: 7, actionCount: 10 })] } } });
    renderApp('/plans');

    expect(await screen.findByText('January 2023 to December 2024')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Actions').nextElementSibling).toHaveTextContent('10');
    expect(screen.getByText('Overdue actions').nextElementSibling).toHaveTextContent('7');
  });

  it('shows each plan’s place in its chain, linked, the chain in order', async () => {
    const later = planSummary({ title: 'Plan 2025 to 2026', state: 'draft' });
    const earlier = planSummary({ title: 'Plan 2023 to 2024', successorId: later.id });
    const other = planSummary({ title: 'Another plan' });
    stubApi({
      '/api/plans': { body: { plans: [{ ...later, predecessorId: earlier.id }, other, earlier] } },
    });
    renderApp('/plans');

    const first = await screen.findByRole('region', { name: 'Plan 2023 to 2024' });
    expect(within(first).getByText('Continued in').nextElementSibling).toHaveTextContent('Plan 2025 to 2026');
    expect(within(first).getByRole('link', { name: 'Plan 2025 to 2026' })).toHaveAttribute(
      'href',
      `/plans/${later.id}`,
    );
    expect(within(first).queryByText('Follows')).not.toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Plan 2025 to 2026' });
    expect(within(second).getByText('State').nextElementSibling).toHaveTextContent('Draft');
    expect(within(second).getByRole('link', { name: 'Plan 2023 to 2024' })).toHaveAttribute(
      'href',
      `/plans/${earlier.id}`,
    );
    // The successor comes straight after the plan it follows, whatever order the list came in.
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Another plan', 'Plan 2023 to 2024', 'Plan 2025 to 2026']);
  });

  it('says so when the plans cannot be read', async () => {
    stubApi({
      '/api/plans': {
        status: 503,
        body: { error: { code: 'service_unavailable', message: 'The database is not answering' } },
      },
    });
    renderApp('/plans');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plans could not be shown');
    expect(alert).toHaveTextContent('The database is not answering');
  });
});
