import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planSummary, planTree, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };

describe('Plan forms', () => {
  it('offers the manager Create a plan, and a board member not', async () => {
    stubApi({ '/api/auth/me': manager, '/api/plans': { body: { plans: [] } } });
    renderApp('/plans');
    expect(await screen.findByRole('link', { name: 'Create a plan' })).toHaveAttribute('href', '/plans/new');
  });

  it('refuses an empty form, each message on its field', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager });
    const { user } = renderApp('/plans/new');
    await user.click(await screen.findByRole('button', { name: 'Create plan' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter the month the plan starts', 'Enter the month the plan ends', 'Enter a title']);
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Error: Enter a title');
    expect(sentRequest(fetchStub, 'POST', '/api/plans')).toBeNull();
  });

  it('refuses an end before the start, on the end month', async () => {
    stubApi({ '/api/auth/me': manager });
    const { user } = renderApp('/plans/new');
    await user.type(await screen.findByLabelText('Title'), 'Next plan');
    await user.type(screen.getByLabelText('Start month'), '2025-04');
    await user.type(screen.getByLabelText('End month'), '2025-01');
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByLabelText('End month')).toHaveAccessibleDescription(
      'For example, 2023-02 Error: The plan must end in or after the month it starts',
    );
  });

  it('creates the plan and opens it', async () => {
    const created = planTree({ title: 'Next plan', priorities: [] });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      'POST /api/plans': { status: 201, body: planSummary({ id: created.id }) },
      [`/api/plans/${created.id}`]: { body: created },
    });
    const { user } = renderApp('/plans/new');
    await user.type(await screen.findByLabelText('Title'), 'Next plan');
    await user.type(screen.getByLabelText('Start month'), '2025-04');
    await user.type(screen.getByLabelText('End month'), '2026-03');
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Next plan' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/plans')?.body).toEqual({
      title: 'Next plan',
      periodStart: '2025-04',
      periodEnd: '2026-03',
    });
  });

  it('sends only the change with the version seen, and explains a conflict', async () => {
    const plan = planTree({ title: 'Old title', version: 4 });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`PATCH /api/plans/${plan.id}`]: {
        status: 409,
        body: {
          error: { code: 'stale_version', message: 'Changed', details: { current: { ...plan, version: 5 } } },
        },
      },
    });
    // The GET answers the plan; the PATCH, with the same path, the conflict.
    fetchStub.mockImplementationOnce(
      async () => new Response(JSON.stringify(sessionReply({ role: 'manager' }))),
    );
    fetchStub.mockImplementationOnce(async () => new Response(JSON.stringify(plan)));
    const { user } = renderApp(`/plans/${plan.id}/edit`);
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'New title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Someone else changed this');
    expect(
      within(summary).getByRole('link', { name: 'Reload the page to see their changes' }),
    ).toHaveAttribute('href', `/plans/${plan.id}/edit`);
    const patch = sentRequest(fetchStub, 'PATCH', `/api/plans/${plan.id}`);
    expect(patch?.body).toEqual({ title: 'New title' });
    expect(patch?.headers).toMatchObject({ 'if-match': '"4"' });
  });

  it('sets the plan to sign a Blue off only with evidence', async () => {
    const plan = planTree({ title: 'A plan', version: 2 });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`GET /api/plans/${plan.id}`]: { body: plan },
      [`PATCH /api/plans/${plan.id}`]: { body: { ...plan, signOffNeedsEvidence: true, version: 3 } },
    });
    const { user } = renderApp(`/plans/${plan.id}/edit`);
    const box = await screen.findByRole('checkbox', {
      name: 'A Blue is signed off only once a file of evidence is attached to its update',
    });
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(sentRequest(fetchStub, 'PATCH', `/api/plans/${plan.id}`)?.body).toEqual({
        signOffNeedsEvidence: true,
      }),
    );
  });

  it('archives the plan from its page, after asking, and returns to the plans', async () => {
    const plan = planTree({ title: 'Old plan', actionCount: 12 });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${plan.id}`]: { body: plan },
      [`POST /api/plans/${plan.id}/archive`]: { body: planSummary({ id: plan.id, state: 'archived' }) },
      '/api/plans': { body: { plans: [planSummary({ id: plan.id, title: 'Old plan', state: 'archived' })] } },
    });
    const { user } = renderApp(`/plans/${plan.id}`);
    await user.click(await screen.findByRole('link', { name: 'Archive the plan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to archive this plan?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/its 12 actions, every status update/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', `/plans/${plan.id}`);
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/archive`)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, archive the plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Improvement plans' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/archive`)).not.toBeNull();
  });

  it('offers no archiving of a plan already archived', async () => {
    const plan = planTree({ state: 'archived' });
    stubApi({ '/api/auth/me': manager, [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/plans/${plan.id}`);
    expect(await screen.findByRole('link', { name: /Edit the plan/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Archive the plan' })).not.toBeInTheDocument();
  });

  it('tells a board member they cannot use the form', async () => {
    stubApi({});
    renderApp('/plans/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
  });
});
