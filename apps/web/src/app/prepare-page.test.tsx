import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boardSummary, dashboardReplies, planAt } from '../test/dashboard-factories';
import { nextId, sessionReply } from '../test/factories';
import { period } from '../test/monthly-round-factories';
import { renderPreparedApp, signedOut, stubApi } from '../test/render-app';
import { linkRefusal, requestSheet } from '../test/update-sheet-factories';

const token = 'A'.repeat(43);
const demo = { '/api/site': { body: { demoData: true } } };
const passwordOnly = { '/api/auth/options': { body: { password: true, oidc: null } } };

/** Every assertion below reads the first render, with nothing awaited after it: the first paint. */
describe('the first page, made ready before it is shown', () => {
  it('shows the sign-in page whole: the demo banner and the form, with no “Loading”', async () => {
    stubApi({ '/api/auth/me': signedOut(), ...demo, ...passwordOnly });
    await renderPreparedApp('/sign-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/^Demo data: do not use for real records/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a lead’s emailed link with their month, never asking who is signed in', async () => {
    const fetchStub = stubApi({ '/api/update-request': { body: requestSheet() }, ...demo });
    await renderPreparedApp(`/update/${token}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Your November 2026 update' })).toBeInTheDocument();
    expect(screen.getByText(/^Demo data: do not use for real records/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save all updates' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(fetchStub.mock.calls.map(([path]) => path)).not.toContain('/api/auth/me');
  });

  it('says at once why a refused link does not work, having asked only once', async () => {
    const fetchStub = stubApi({
      '/api/update-request': linkRefusal({
        reason: 'expired',
        planTitle: 'SEND plan',
        period: '2026-11',
        contact: null,
      }),
    });
    await renderPreparedApp(`/update/${token}`);
    expect(screen.getByRole('heading', { level: 1, name: 'This link has expired' })).toBeInTheDocument();
    expect(fetchStub.mock.calls.filter(([path]) => path === '/api/update-request')).toHaveLength(1);
  });

  it('shows a board member’s dashboard whole: the menu, the month and where the plan stands', async () => {
    const plan = planAt({ title: 'Lancashire SEND plan', state: 'active', currentPeriod: '2026-11' });
    const summary = boardSummary({
      planId: plan.id,
      priorityId: nextId(),
      period: '2026-10',
      previousPeriod: '2026-09',
    });
    const months = [
      period({ month: '2026-10', state: 'closed' }),
      period({ month: '2026-11', state: 'open' }),
    ];
    stubApi({
      ...dashboardReplies(plan, { '2026-10': summary }, months),
      '/api/auth/me': { body: sessionReply({ role: 'board' }) },
    });
    await renderPreparedApp('/');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard: October 2026' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Where the plan stands' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Challenges from the forum' })).toBeInTheDocument();
    expect(screen.getByText('No challenge of a status is waiting for an answer.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('makes the sign-in page ready for someone not signed in who opens the dashboard', async () => {
    stubApi({ '/api/auth/me': signedOut(), '/api/plans': { body: { plans: [] } }, ...passwordOnly });
    await renderPreparedApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
