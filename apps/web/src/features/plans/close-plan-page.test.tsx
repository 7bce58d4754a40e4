import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionNode, outcomeNode, planTree, priorityNode, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { boardReport, reportSnapshot } from '../../test/report-factories';

const manager = { body: sessionReply({ role: 'manager' }) };

function plan(overrides: Parameters<typeof planTree>[0] = {}) {
  const actions = [
    actionNode({ ref: '1.1.1', title: 'Review complaints', status: 'Blue' }),
    actionNode({ ref: '1.1.2', title: 'Publish the local offer', status: 'Amber' }),
  ];
  return planTree({
    title: 'Improvement Plan 2026',
    periodEnd: '2026-12',
    version: 7,
    priorities: [priorityNode({ outcomes: [outcomeNode({ actions })] })],
    ...overrides,
  });
}

describe('Closing a plan', () => {
  it('lists what is unfinished, asks why it closes, then sends the close with If-Match and opens the summary', async () => {
    const tree = plan();
    const summary = boardReport({
      planId: tree.id,
      title: 'Summary of progress: Improvement Plan 2026',
      state: 'published',
      snapshot: reportSnapshot({
        closeOut: {
          closedAt: '2026-11-24T12:00:00.000Z',
          closedBy: 'Partnership Manager',
          actions: [
            {
              id: tree.priorities[0]!.outcomes[0]!.actions[1]!.id,
              ref: '1.1.2',
              title: 'Publish the local offer',
              status: 'Amber',
              signedOff: null,
              disposition: { kind: 'closed', reason: 'Replaced by the 2027 plan' },
            },
          ],
          kpis: [],
        },
      }),
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${tree.id}`]: { body: tree },
      [`POST /api/plans/${tree.id}/close`]: {
        body: { plan: { ...tree, state: 'closed', version: 8 }, summaryReportId: summary.id },
      },
      [`/api/reports/${summary.id}`]: { body: summary },
    });
    const { user } = renderApp(`/plans/${tree.id}`);
    await user.click(await screen.findByRole('link', { name: 'Close the plan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Close the plan' })).toBeInTheDocument();
    const unfinished = screen.getByRole('table', { name: '1 action is not completed' });
    expect(
      within(unfinished).getByRole('link', { name: '1.1.2 Publish the local offer' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the plan' }));
    const summaryBox = await screen.findByRole('alert');
    expect(
      within(summaryBox).getByRole('link', { name: 'Enter why the unfinished actions close' }),
    ).toHaveAttribute('href', '#reason');
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/close`)).toBeNull();

    await user.type(screen.getByLabelText('Why the unfinished actions close'), 'Replaced by the 2027 plan');
    await user.click(screen.getByRole('button', { name: 'Close the plan' }));
    const progress = await screen.findByRole('region', { name: 'Summary of progress' });
    expect(within(progress).getByRole('row', { name: /1\.1\.2 Publish the local offer/ })).toHaveTextContent(
      'Closed: Replaced by the 2027 plan',
    );
    const sent = sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/close`);
    expect(sent?.body).toEqual({ reason: 'Replaced by the 2027 plan' });
    expect(sent?.headers).toMatchObject({ 'if-match': '"7"' });
  });

  it('needs no reason for an unfinished action the next plan carries forward', async () => {
    const tree = plan();
    const old = tree.priorities[0]!.outcomes[0]!.actions[1]!;
    const carriedFrom = { planId: tree.id, planTitle: tree.title, actionId: old.id, ref: old.ref };
    const next = planTree({
      title: 'Improvement Plan 2027',
      state: 'draft',
      predecessorId: tree.id,
      priorities: [
        priorityNode({
          outcomes: [outcomeNode({ actions: [actionNode({ ref: '2.1.4', status: 'Amber', carriedFrom })] })],
        }),
      ],
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${tree.id}`]: { body: { ...tree, successorId: next.id } },
      [`/api/plans/${next.id}`]: { body: next },
      [`POST /api/plans/${tree.id}/close`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Stop here' } },
      },
    });
    const { user } = renderApp(`/plans/${tree.id}/close`);
    const unfinished = await screen.findByRole('table', { name: '1 action is not completed' });
    expect(
      within(unfinished).getByRole('row', { name: /1\.1\.2 Publish the local offer/ }),
    ).toHaveTextContent('Carried forward to Improvement Plan 2027 (action 2.1.4)');
    expect(screen.queryByLabelText('Why the unfinished actions close')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the plan' }));
    expect(await screen.findByRole('link', { name: 'Stop here' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/close`)?.body).toEqual({});
  });

  it('shows a closed plan read-only: a notice, and no edit or close controls', async () => {
    const tree = plan({ state: 'closed' });
    stubApi({ '/api/auth/me': manager, [`/api/plans/${tree.id}`]: { body: tree } });
    renderApp(`/plans/${tree.id}`);
    expect(
      await screen.findByText(/This plan is closed: it can be read but no longer changed/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Close the plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Edit the plan/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a priority' })).not.toBeInTheDocument();
  });
});
