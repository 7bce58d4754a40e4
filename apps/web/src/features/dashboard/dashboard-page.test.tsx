import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { boardSummary, brief, dashboardReplies, planAt } from '../../test/dashboard-factories';
import { nextId, sessionReply } from '../../test/factories';
import { challenge } from '../../test/forum-factories';
import { period } from '../../test/monthly-round-factories';
import { renderApp, stubApi } from '../../test/render-app';

const plan = planAt({ title: 'Lancashire SEND plan', state: 'active', currentPeriod: '2026-11' });
const priorityId = nextId();
const summary = boardSummary({ planId: plan.id, priorityId, period: '2026-11', previousPeriod: '2026-10' });
const october = boardSummary({ planId: plan.id, priorityId, period: '2026-10', previousPeriod: '2026-09' });
const base = `/api/plans/${plan.id}`;
const closed = (month: string) => period({ month, state: 'closed', closedAt: `${month}-28T09:00:00.000Z` });

/** Both months closed: a board member lands on November, the latest. */
function stubDashboard(extra: Parameters<typeof stubApi>[0] = {}) {
  const replies = dashboardReplies(plan, { '': summary, '2026-11': summary, '2026-10': october }, [
    closed('2026-10'),
    closed('2026-11'),
  ]);
  return stubApi({
    ...replies,
    '/api/plans': { body: { plans: [planAt({ state: 'draft' }), plan] } },
    ...extra,
  });
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('Board dashboard', () => {
  it('opens at / on the first active plan, with the headline counts under their status words', async () => {
    stubDashboard();
    renderApp('/');
    await heading('Dashboard: November 2026');
    expect(screen.getByText('Lancashire SEND plan')).toBeInTheDocument();
    const headline = screen.getByRole('region', { name: 'Where the plan stands' });
    for (const [words, status] of [
      ['1 Grey action', 'Grey'],
      ['2 Blue actions', 'Blue'],
      ['3 Red actions', 'Red'],
    ] as const) {
      const link = within(headline).getByRole('link', { name: words });
      expect(link).toHaveAttribute('href', `/plans/${plan.id}?status=${status}&period=2026-11`);
      expect(within(link.closest('li')!).getByText(status)).toHaveClass('govuk-tag');
    }
    expect(within(headline).getByText(/complete: 2 of 10 actions are Blue/)).toHaveTextContent(
      '20% complete',
    );
  });

  it('loads with the summary, periods and plans only: the plan tree waits for a drill-down', async () => {
    const fetchStub = stubDashboard();
    renderApp(`/plans/${plan.id}/dashboard`);
    await heading('Dashboard: November 2026');
    const paths = fetchStub.mock.calls.map(([path]) => String(path));
    expect(paths.filter((p) => p.includes('/summary'))).toEqual([`${base}/summary?period=2026-11`]);
    expect(paths).not.toContain(base);
  });

  it('opens the actions behind every number on the plan page, filtered in the URL and read at the same month', async () => {
    stubDashboard();
    renderApp(`/plans/${plan.id}/dashboard`);
    await heading(/^Dashboard: /);
    // The breakdowns are drawn just after the first paint: on a busy machine, role queries over a
    // page this size take longer than the default wait.
    await screen.findAllByRole('link', { name: '3 Red actions in priority 3' }, { timeout: 10_000 });
    const link = (name: string) => screen.getAllByRole('link', { name })[0];
    expect(link('3 Red actions in priority 3')).toHaveAttribute(
      'href',
      `/plans/${plan.id}?status=Red&priority=${priorityId}&period=2026-11`,
    );
    expect(link('10 actions in priority 3')).toHaveAttribute(
      'href',
      `/plans/${plan.id}?priority=${priorityId}&period=2026-11`,
    );
    expect(link('2 Red actions led by Lancashire County Council')).toHaveAttribute(
      'href',
      `/plans/${plan.id}?status=Red&organisation=Lancashire+County+Council&period=2026-11`,
    );
    expect(screen.queryByRole('link', { name: /led by No organisation recorded/ })).not.toBeInTheDocument();
    expect(link('1 action behind their dates')).toHaveAttribute(
      'href',
      `/plans/${plan.id}?overdue=yes&period=2026-11`,
    );
    expect(screen.getByRole('link', { name: 'See the KPI scorecard' })).toHaveAttribute(
      'href',
      `/plans/${plan.id}/kpis`,
    );
  });

  it('lists what moved since last month, and the exceptions with their note and both dates', async () => {
    stubDashboard();
    renderApp(`/plans/${plan.id}/dashboard`);
    await screen.findByRole('heading', { level: 2, name: 'Movement since October 2026' });
    const improved = screen.getByRole('table', { name: 'Improved (1)' });
    expect(within(improved).getByRole('link', { name: '3.1.1 Publish the local offer' })).toHaveAttribute(
      'href',
      `/actions/${summary.movement.improved[0]!.id}`,
    );
    expect(screen.getByText('No action worsened.')).toBeInTheDocument();
    const exceptions = screen.getByRole('table', { name: /^Red and Amber actions/ });
    const rows = within(exceptions).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '3.2.1 Transition plans at 14Red (significantly delayed)Waiting for the new teamDue December 2026, new date 31 March 2027',
      '3.1.2 Train staffAmber (delayed)No noteDue September 2026Past its original date, no new date agreed',
    ]);
  });

  it('lists the forum’s challenges awaiting an answer, each linking to its action', async () => {
    const raised = challenge({ planId: plan.id, status: 'Green', raisedBy: 'Sam Jones' });
    stubDashboard({ [`${base}/challenges?state=open`]: { body: { challenges: [raised] } } });
    renderApp('/');
    await heading('Dashboard: November 2026');
    const section = await screen.findByRole('region', { name: 'Challenges from the forum' });
    expect(
      await within(section).findByText('1 challenge of a status is waiting for an answer.'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: '1.1.1 Review complaints' })).toHaveAttribute(
      'href',
      `/actions/${raised.action.id}`,
    );
    expect(within(section).getByText(/challenged by Sam Jones on/)).toHaveTextContent(
      'We do not agree this is Green',
    );
  });

  it('says when no challenge awaits an answer', async () => {
    stubDashboard();
    renderApp('/');
    const section = await screen.findByRole('region', { name: 'Challenges from the forum' });
    expect(
      await within(section).findByText('No challenge of a status is waiting for an answer.'),
    ).toBeInTheDocument();
  });

  it('shows the consistency warnings to the manager only', async () => {
    const warning = {
      kind: 'on-track-past-new-date',
      message: 'Green although past its new completion date, 31 October 2026',
      action: brief(),
    };
    const withWarning = { ...summary, warnings: [warning] };
    stubDashboard({ [`${base}/summary?period=2026-11`]: { body: withWarning } });
    renderApp(`/plans/${plan.id}/dashboard`);
    await heading(/^Dashboard: /);
    expect(screen.queryByRole('heading', { name: /Consistency warnings/ })).not.toBeInTheDocument();

    stubDashboard({
      [`${base}/summary`]: { body: withWarning },
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
    });
    renderApp(`/plans/${plan.id}/dashboard`);
    await screen.findByRole('heading', { level: 2, name: 'Consistency warnings (1)' });
    expect(
      screen.getByText(/Green although past its new completion date, 31 October 2026/),
    ).toBeInTheDocument();
  });

  it('shows another month from the period picker, kept in the URL', async () => {
    const fetchStub = stubDashboard();
    const { user } = renderApp(`/plans/${plan.id}/dashboard`);
    await heading('Dashboard: November 2026');
    const month = screen.getByRole('combobox', { name: 'Month' });
    expect(
      within(month)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['November 2026 (closed)', 'October 2026 (closed)']);
    await user.selectOptions(month, '2026-10');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await heading('Dashboard: October 2026');
    expect(fetchStub.mock.calls.map(([path]) => path)).toContain(`${base}/summary?period=2026-10`);
    // Its numbers open the actions behind them as they stood that month.
    const headline = screen.getByRole('region', { name: 'Where the plan stands' });
    for (const link of within(headline).getAllByRole('link')) {
      expect(new URL(link.getAttribute('href')!, 'http://x').searchParams.get('period')).toBe('2026-10');
    }
  });

  it('keeps the shown month on the page, busy, until the chosen one arrives', async () => {
    const stubbed = stubDashboard();
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    // The October summary is held back until the test lets it go.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/summary?period=2026-10')) await held;
      return stubbed(input, init);
    });
    const { user } = renderApp(`/plans/${plan.id}/dashboard`);
    await heading('Dashboard: November 2026');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '2026-10');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(document.querySelector('.app-dashboard')).toHaveAttribute('aria-busy', 'true'),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard: November 2026' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Where the plan stands' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    answer();
    await heading('Dashboard: October 2026');
    expect(document.querySelector('.app-dashboard')).not.toHaveAttribute('aria-busy');
  });

  it('reads the month from the URL of a shared link', async () => {
    stubDashboard();
    renderApp(`/plans/${plan.id}/dashboard?period=2026-10`);
    await heading('Dashboard: October 2026');
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue('2026-10');
  });

  it('says so when there is no plan to show', async () => {
    stubApi({ '/api/plans': { body: { plans: [] } } });
    renderApp('/');
    expect(await screen.findByText(/There is no active plan to show/)).toBeInTheDocument();
  });

  it('says when the next meeting is, and opens its pack when it is ready', async () => {
    const reportId = nextId();
    stubDashboard({
      [`${base}/bodies`]: {
        body: {
          bodies: [
            {
              id: nextId(),
              name: 'SEND Partnership Board',
              cadence: 'Every two months',
              sections: ['summary'],
              priorityIds: null,
              draftDaysBefore: 7,
              version: 1,
              meetings: [
                {
                  id: nextId(),
                  meetsOn: '2020-01-10',
                  papersDue: '2020-01-03',
                  draftOn: '2019-12-27',
                  report: null,
                  version: 1,
                },
                {
                  id: nextId(),
                  meetsOn: '2099-01-14',
                  papersDue: '2099-01-07',
                  draftOn: '2098-12-31',
                  report: { id: reportId, title: 'SEND Partnership Board, 14 January 2099', state: 'draft' },
                  version: 1,
                },
              ],
            },
          ],
        },
      },
    });
    renderApp('/');
    const next = await screen.findByRole('region', {
      name: 'Next meeting: SEND Partnership Board, 14 January 2099',
    });
    expect(next).toHaveTextContent('Papers are due on 7 January 2099. Its pack is ready as a draft');
    expect(
      within(next).getByRole('link', { name: 'SEND Partnership Board, 14 January 2099' }),
    ).toHaveAttribute('href', `/reports/${reportId}`);
  });
});
