import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, planTree, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', email: 'manager@example.org' }) };

describe('the new completion date, kept by the manager', () => {
  it('is shown with where it came from, and the manager may change it from the action page', async () => {
    const plan = planTree();
    const current = action({
      planId: plan.id,
      ref: '1.2.3',
      status: 'Amber',
      dueMonth: '2025-05',
      newDate: { date: '2027-05-31', source: 'manager', since: '2025-01' },
      pastOriginalDate: true,
      version: 4,
    });
    stubApi({
      '/api/auth/me': manager,
      [`/api/actions/${current.id}`]: { body: current },
      [`/api/plans/${plan.id}`]: { body: plan },
    });
    const { user } = renderApp(`/actions/${current.id}`);
    const row = (await screen.findByText('New completion date', { selector: 'dt' })).parentElement!;
    expect(row).toHaveTextContent('31 May 2027Set by the partnership manager in January 2025');
    expect(screen.getByText('Original due date').nextElementSibling).toHaveTextContent(/^May 2025$/);
    await user.click(within(row).getByRole('link', { name: 'Change the new completion date' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'New completion date for action 1.2.3' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Yes, a new date is agreed')).toBeChecked();
    expect(screen.getByLabelText('Day')).toHaveValue('31');
  });

  it('asks for a real date after the original month and a reason, then sends it with If-Match', async () => {
    const current = action({ ref: '1.2.3', status: 'Green', dueMonth: '2025-05', version: 4 });
    const saved = action({
      ...current,
      newDate: { date: '2099-03-31', source: 'manager', since: '2026-11' },
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/actions/${current.id}`]: { body: current },
      [`PUT /api/actions/${current.id}/new-date`]: { body: saved },
    });
    const { user } = renderApp(`/actions/${current.id}/new-date`);
    await user.click(await screen.findByRole('button', { name: 'Save the date' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Select whether a new completion date is agreed', 'Say why the date changes']);

    await user.click(screen.getByLabelText('Yes, a new date is agreed'));
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2024');
    await user.type(screen.getByLabelText('Why the date changes'), 'Agreed at the stocktake');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    expect(
      await screen.findByRole('link', { name: 'The new completion date must be after today' }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2099');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Action 1.2.3' })).toBeInTheDocument();
    const put = sentRequest(fetchStub, 'PUT', `/api/actions/${current.id}/new-date`);
    expect(put?.body).toEqual({ date: '2099-03-31', reason: 'Agreed at the stocktake' });
    expect(put?.headers).toMatchObject({ 'if-match': '"4"' });
  });

  it('clears the date when none is agreed any more', async () => {
    const current = action({
      ref: '1.2.3',
      dueMonth: '2025-05',
      newDate: { date: '2027-05-31', source: 'carried', since: '2025-01' },
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/actions/${current.id}`]: { body: current },
      [`PUT /api/actions/${current.id}/new-date`]: { body: action({ ...current, newDate: null }) },
    });
    const { user } = renderApp(`/actions/${current.id}/new-date`);
    await user.click(await screen.findByLabelText('No, no new date is agreed'));
    await user.type(screen.getByLabelText('Why the date changes'), 'Withdrawn by the board');
    await user.click(screen.getByRole('button', { name: 'Save the date' }));
    await screen.findByRole('heading', { level: 1, name: 'Action 1.2.3' });
    expect(sentRequest(fetchStub, 'PUT', `/api/actions/${current.id}/new-date`)?.body).toEqual({
      date: null,
      reason: 'Withdrawn by the board',
    });
  });
});
