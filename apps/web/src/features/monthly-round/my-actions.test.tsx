import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { personRef, sessionReply } from '../../test/factories';
import { action, myAction, statusUpdate } from '../../test/monthly-round-factories';
import { renderApp, stubApi } from '../../test/render-app';

const LEAD_PERSON = '00000000-0000-4000-8000-999999999999';
const lead = { body: sessionReply({ role: 'lead', personId: LEAD_PERSON }) };
/** The signed-in lead leads it: only they (the manager, or its delivery group's lead) may update it. */
const led = { leads: [personRef({ id: LEAD_PERSON, name: 'Test lead' })] };

function threeActions() {
  return [
    myAction({
      action: {
        ref: '1.1.2',
        title: 'Publish the local offer\n- online',
        dueMonth: '2026-09',
        pastOriginalDate: true,
      },
    }),
    myAction({ action: { ref: '2.1.1', title: 'Train the panel' }, dueSoon: true }),
    myAction({ action: { ref: '1.1.1', title: 'Review complaints' }, needsUpdate: false, updated: true }),
  ];
}

describe('My actions', () => {
  it('lists the lead’s actions as the API orders them, with flags and this month’s state in words', async () => {
    stubApi({ '/api/auth/me': lead, '/api/my/actions': { body: { items: threeActions() } } });
    renderApp('/my-actions');

    expect(await screen.findByRole('heading', { level: 1, name: 'My actions' })).toBeInTheDocument();
    expect(await screen.findByText('Updates for November 2026')).toBeInTheDocument();
    expect(screen.getByText('2 of 3 actions still need an update')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your actions, November 2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '1.1.2 Publish the local offer',
      '2.1.1 Train the panel',
      '1.1.1 Review complaints',
    ]);
    expect(within(rows[0]!).getByText('Due September 2026')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Past its original date, no new date agreed')).toHaveClass('govuk-tag');
    expect(within(rows[1]!).getByText('Due soon')).toHaveClass('govuk-tag');
    expect(within(rows[0]!).getByText('Needs update')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Updated')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Green')).toHaveClass('govuk-tag');
    expect(within(rows[0]!).getByRole('link', { name: /^1\.1\.2/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/actions\//),
    );
    expect(within(rows[0]!).getByRole('link', { name: 'Update 1.1.2' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/my-actions\/.+\/update$/),
    );
    expect(within(rows[2]!).queryByRole('link', { name: /^Update/ })).not.toBeInTheDocument();
  });

  it('shows My actions in the menu only to accounts linked to a person', async () => {
    stubApi({
      '/api/auth/me': lead,
      '/api/my/actions': { body: { items: [] } },
      '/api/plans': { body: { plans: [] } },
    });
    renderApp('/my-actions');
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'My actions' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('You have no actions.')).toBeInTheDocument();
  });

  it('tells an account with no person that it has no actions', async () => {
    stubApi({});
    renderApp('/my-actions');
    expect(await screen.findByText(/You have no actions/)).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).queryByRole('link', { name: 'My actions' })).not.toBeInTheDocument();
  });

  it('records an update from the list and offers the next action still needing one', async () => {
    const items = threeActions();
    const [current, next] = items as [ReturnType<typeof myAction>, ReturnType<typeof myAction>];
    const shown = action({ ...current.action, ...led, version: 2 });
    stubApi({
      '/api/auth/me': lead,
      '/api/my/actions': { body: { items } },
      [`/api/actions/${shown.id}`]: { body: shown },
      [`POST /api/actions/${shown.id}/updates`]: {
        status: 201,
        body: {
          update: statusUpdate({ status: 'Amber' }),
          action: { ...shown, status: 'Amber', version: 3 },
        },
      },
    });
    const { user } = renderApp('/my-actions');
    await user.click(await screen.findByRole('link', { name: 'Update 1.1.2' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Update action 1.1.2' })).toBeInTheDocument();
    expect(screen.getByText('Update for November 2026')).toBeInTheDocument();
    expect(screen.getByText('Current status').nextElementSibling).toHaveTextContent('Green');
    await user.click(screen.getByLabelText('Amber'));
    await user.type(screen.getByLabelText('Progress note'), 'Recruitment is slow');
    await user.click(screen.getByRole('button', { name: 'Save update' }));

    const nextLink = await screen.findByRole('link', { name: `Next action: 2.1.1 Train the panel` });
    expect(nextLink).toHaveAttribute('href', `/my-actions/${next.action.id}/update`);
  });

  it('takes the month from the action itself: a manager updating an action off their own list loads no plan', async () => {
    const shown = action({ ref: '3.2.1', title: 'Audit the plans', currentPeriod: '2026-10' });
    const fetchStub = stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
      '/api/my/actions': { body: { items: [] } },
      [`/api/actions/${shown.id}`]: { body: shown },
    });
    renderApp(`/my-actions/${shown.id}/update`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Update action 3.2.1' })).toBeInTheDocument();
    expect(screen.getByText('Update for October 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save update' })).toBeInTheDocument();
    const asked = fetchStub.mock.calls.map(([path]) => String(path));
    expect(asked.some((path) => path.startsWith('/api/plans/'))).toBe(false);
  });

  it('says so when every period of the action’s plan is closed', async () => {
    const shown = action({ ref: '3.2.1', currentPeriod: null, ...led });
    stubApi({
      '/api/auth/me': lead,
      '/api/my/actions': { body: { items: [] } },
      [`/api/actions/${shown.id}`]: { body: shown },
    });
    renderApp(`/my-actions/${shown.id}/update`);
    expect(await screen.findByText(/No reporting month is open for this plan/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
  });

  it('says when the month’s updates are due, as the dashboard does', async () => {
    const items = threeActions().map((item) => ({ ...item, deadline: '2026-11-30' }));
    stubApi({ '/api/auth/me': lead, '/api/my/actions': { body: { items } } });
    renderApp('/my-actions');
    expect(await screen.findByText('Updates for November 2026, due by 30 November')).toBeInTheDocument();
  });

  it('shows board and forum members no update form, but a page saying they cannot give updates', async () => {
    const shown = action({ ref: '3.2.1', title: 'Audit the plans', currentPeriod: '2026-11' });
    for (const role of ['board', 'forum'] as const) {
      stubApi({
        '/api/auth/me': { body: sessionReply({ role }) },
        '/api/my/actions': { body: { items: [] } },
        [`/api/actions/${shown.id}`]: { body: shown },
      });
      const { unmount } = renderApp(`/my-actions/${shown.id}/update`);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'You cannot give updates' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save update' })).not.toBeInTheDocument();
      expect(screen.queryByRole('radio')).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'read the action and its history' })).toHaveAttribute(
        'href',
        `/actions/${shown.id}`,
      );
      unmount();
    }
  });

  it('shows a lead who does not lead the action the same refusal', async () => {
    const shown = action({ ref: '3.2.1', currentPeriod: '2026-11', leads: [] });
    stubApi({
      '/api/auth/me': lead,
      '/api/my/actions': { body: { items: [] } },
      [`/api/actions/${shown.id}`]: { body: shown },
    });
    renderApp(`/my-actions/${shown.id}/update`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot give updates' }),
    ).toBeInTheDocument();
  });
});
