import type { Role } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boardSummary, dashboardReplies, planAt, round } from '../../test/dashboard-factories';
import { nextId, sessionReply } from '../../test/factories';
import { period } from '../../test/monthly-round-factories';
import { renderApp, stubApi } from '../../test/render-app';

const plan = planAt({ title: 'Lancashire SEND plan', currentPeriod: '2026-12', month: '2026-12' });
const priorityId = nextId();
const base = `/api/plans/${plan.id}`;
const closed = (month: string) => period({ month, state: 'closed', closedAt: `${month}-28T09:00:00.000Z` });
const months = [closed('2026-10'), closed('2026-11'), period({ month: '2026-12', deadline: '2026-12-31' })];

const november = boardSummary({ planId: plan.id, priorityId, period: '2026-11', previousPeriod: '2026-10' });
const december = boardSummary({
  planId: plan.id,
  priorityId,
  period: '2026-12',
  previousPeriod: '2026-11',
  periodState: 'open',
  deadline: '2026-12-31',
  round: [round('3', 10, 7), round('4', 5, 3)],
});

function stubMonths(role: Role, periods = months) {
  return stubApi({
    ...dashboardReplies(plan, { '': december, '2026-12': december, '2026-11': november }, periods),
    '/api/auth/me': { body: sessionReply({ role }) },
  });
}

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const summaryPaths = (fetchStub: ReturnType<typeof stubApi>) =>
  fetchStub.mock.calls.map(([path]) => String(path)).filter((path) => path.includes('/summary'));
const PROVISIONAL = 'December 2026 is provisional: 10 of 15 updates in, due by 31 December';

describe('the month the dashboard shows', () => {
  it.each(['board', 'forum'] as const)(
    'lands a %s member on the latest closed month, then shows the open one as provisional on choosing it',
    async (role) => {
      const fetchStub = stubMonths(role);
      const { user } = renderApp(`/plans/${plan.id}/dashboard`);
      await heading('Dashboard: November 2026');
      expect(summaryPaths(fetchStub)).toEqual([`${base}/summary?period=2026-11`]);
      expect(
        screen.getByText('November 2026 is closed: its updates were checked and it is final.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/latest closed month first: the board’s packs are drafted from it/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();

      await user.click(screen.getByRole('link', { name: 'See December 2026, still open and provisional' }));
      await heading('Dashboard: December 2026');
      const banner = screen.getByRole('region', { name: 'Important' });
      expect(within(banner).getByRole('heading', { level: 3 })).toHaveTextContent(PROVISIONAL);
      expect(
        within(banner).getByRole('link', { name: 'See November 2026, the latest closed month' }),
      ).toHaveAttribute('href', `/plans/${plan.id}/dashboard?period=2026-11`);
      expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue('2026-12');
    },
  );

  it.each(['manager', 'lead'] as const)(
    'lands the %s on the open month, provisional, with a link to the latest closed one',
    async (role) => {
      const fetchStub = stubMonths(role);
      const { user } = renderApp(`/plans/${plan.id}/dashboard`);
      await heading('Dashboard: December 2026');
      expect(summaryPaths(fetchStub)).toEqual([`${base}/summary`]);
      const banner = screen.getByRole('region', { name: 'Important' });
      expect(within(banner).getByRole('heading', { level: 3 })).toHaveTextContent(PROVISIONAL);
      expect(banner).toHaveTextContent('This is the month open for updates.');

      await user.click(
        within(banner).getByRole('link', { name: 'See November 2026, the latest closed month' }),
      );
      await heading('Dashboard: November 2026');
      expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();
    },
  );

  it('shows a board member the plan’s month while no month is closed yet', async () => {
    const fetchStub = stubMonths('board', [period({ month: '2026-12', deadline: '2026-12-31' })]);
    renderApp(`/plans/${plan.id}/dashboard`);
    await heading('Dashboard: December 2026');
    expect(summaryPaths(fetchStub)).toEqual([`${base}/summary`]);
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(PROVISIONAL);
    expect(screen.queryByRole('link', { name: /the latest closed month/ })).not.toBeInTheDocument();
  });

  it('says a month never opened shows the plan as it stands', async () => {
    const january = boardSummary({
      planId: plan.id,
      priorityId,
      period: '2027-01',
      previousPeriod: '2026-12',
      periodState: 'not-opened',
    });
    stubApi({
      ...dashboardReplies(plan, { '2027-01': january }, months),
      '/api/auth/me': { body: sessionReply({ role: 'board' }) },
    });
    renderApp(`/plans/${plan.id}/dashboard?period=2027-01`);
    await heading('Dashboard: January 2027');
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(within(banner).getByRole('heading', { level: 3 })).toHaveTextContent(
      'January 2027 has not been opened for updates',
    );
    expect(banner).toHaveTextContent('It shows the plan as it stands.');
    expect(
      within(banner)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['See December 2026, still open and provisional', `/plans/${plan.id}/dashboard?period=2026-12`],
      ['See November 2026, the latest closed month', `/plans/${plan.id}/dashboard?period=2026-11`],
    ]);
  });
});
