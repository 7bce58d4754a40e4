import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { behindBriefs, boardSummary, brief, dashboardReplies, planAt } from '../../test/dashboard-factories';
import { nextId } from '../../test/factories';
import { period } from '../../test/monthly-round-factories';
import { renderApp, stubApi } from '../../test/render-app';

const closed = (month: string) => period({ month, state: 'closed', closedAt: `${month}-28T09:00:00.000Z` });
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('the dashboard of a closed plan', () => {
  const plan = planAt({
    title: '2023-24 plan',
    state: 'closed',
    periodStart: '2023-01',
    periodEnd: '2024-12',
    currentPeriod: null,
    month: '2024-12',
    successorId: nextId(),
  });
  const carriedTo = (ref: string) => ({
    planId: plan.successorId!,
    planTitle: '2025-27 plan',
    actionId: nextId(),
    ref,
  });
  const carried = [
    brief({
      ref: '1.5.3',
      title: 'Agree the short breaks offer',
      status: 'Red',
      dueMonth: '2024-06',
      pastOriginalDate: true,
      newDate: { date: '2026-03-31', source: 'carried', since: '2024-12' },
      carriedTo: carriedTo('2.1.4'),
      carriedForward: true,
    }),
    brief({
      ref: '1.2.1',
      title: 'Review the local offer',
      status: 'Amber',
      dueMonth: '2024-09',
      pastOriginalDate: true,
      carriedTo: carriedTo('1.1.2'),
      carriedForward: true,
    }),
  ];
  const december = boardSummary({
    planId: plan.id,
    priorityId: nextId(),
    period: '2024-12',
    previousPeriod: '2024-11',
    overdue: [],
    carriedForward: carried,
  });

  it('opens on its last month, lists only its own months, and lists its carried actions rather than counting them behind', async () => {
    stubApi(
      dashboardReplies(plan, { '': december, '2024-12': december }, [closed('2024-11'), closed('2024-12')]),
    );
    renderApp(`/plans/${plan.id}/dashboard`);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard: December 2024' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Movement since November 2024' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('combobox', { name: 'Month' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['December 2024 (closed)', 'November 2024 (closed)']);

    const headline = screen.getByRole('region', { name: 'Where the plan stands' });
    expect(headline).toHaveTextContent(
      '2 actions were carried forward to 2025-27 plan: they are followed there',
    );
    expect(within(headline).getByRole('link', { name: '0 actions behind their dates' })).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Carried forward' });
    expect(section).toHaveTextContent('2 actions were carried forward to 2025-27 plan.');
    const table = within(section).getByRole('table', { name: 'Actions carried forward (2)' });
    expect(rowsOf(table)).toEqual([
      '1.5.3 Agree the short breaks offerRed (significantly delayed)No noteDue June 2024, new date 31 March 2026Carried forward to 2025-27 plan (action 2.1.4)',
      '1.2.1 Review the local offerAmber (delayed)No noteDue September 2024Carried forward to 2025-27 plan (action 1.1.2)',
    ]);
    expect(
      within(table).getByRole('link', { name: 'Carried forward to 2025-27 plan (action 2.1.4)' }),
    ).toHaveAttribute('href', `/actions/${carried[0]!.carriedTo!.actionId}`);
    expect(screen.getByText('No action is behind its dates.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Past its/ })).not.toBeInTheDocument();
  });
});

describe('the actions behind their dates', () => {
  it('are counted by kind in the headline and listed by kind with both dates, each kind in order', async () => {
    const plan = planAt();
    const november = boardSummary({
      planId: plan.id,
      priorityId: nextId(),
      period: '2026-11',
      overdue: behindBriefs().reverse(),
    });
    stubApi(dashboardReplies(plan, { '2026-11': november }, [closed('2026-11')]));
    renderApp(`/plans/${plan.id}/dashboard`);
    const headline = await screen.findByRole('region', { name: 'Where the plan stands' });
    expect(within(headline).getByRole('link', { name: '3 actions behind their dates' })).toHaveAttribute(
      'href',
      `/plans/${plan.id}?overdue=yes&period=2026-11`,
    );
    expect(
      within(headline)
        .getAllByRole('listitem')
        .slice(-3)
        .map((item) => item.textContent),
    ).toEqual([
      '1 past its new completion date',
      '1 past its original date, no new date agreed',
      '1 past its original date, new date agreed',
    ]);
    const attention = screen.getByRole('region', { name: 'Exceptions and actions behind their dates' });
    expect(
      within(attention)
        .getAllByRole('table')
        .slice(1)
        .map((table) => [table.querySelector('caption')?.textContent, ...rowsOf(table)]),
    ).toEqual([
      [
        'Past its new completion date (1)',
        '3.3.1 Agree the joint commissioning planRed (significantly delayed)No noteDue May 2025, new date 31 October 2026Past its new completion date',
      ],
      [
        'Past its original date, no new date agreed (1)',
        '3.1.2 Train staffAmber (delayed)No noteDue September 2026Past its original date, no new date agreed',
      ],
      [
        'Past its original date, new date agreed (1)',
        '3.4.1 Open the new resource baseRed (significantly delayed)No noteDue May 2025, new date 31 May 2027Past its original date, new date agreed',
      ],
    ]);
  });
});
