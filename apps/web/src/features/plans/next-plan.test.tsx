import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  actionNode,
  outcomeNode,
  planSummary,
  planTree,
  priorityNode,
  sessionReply,
} from '../../test/factories';
import { kpi, kpiValue } from '../../test/kpi-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };

function oldPlan() {
  const first = outcomeNode({
    ref: '1.1',
    title: 'Families are heard',
    actions: [
      actionNode({ ref: '1.1.1', title: 'Review complaints', status: 'Blue' }),
      actionNode({ ref: '1.1.2', title: 'Publish the local offer', status: 'Amber' }),
      actionNode({ ref: '1.1.3', title: 'Train the panel', status: 'Red' }),
    ],
  });
  const second = outcomeNode({
    ref: '2.1',
    actions: [actionNode({ ref: '2.1.1', title: 'Run a newsletter', status: 'Grey' })],
  });
  const tree = planTree({
    title: 'Plan 2023 to 2024',
    periodEnd: '2024-12',
    version: 3,
    priorities: [
      priorityNode({ ref: '1', title: 'Improving Outcomes', outcomes: [first] }),
      priorityNode({ ref: '2', title: 'Communications', outcomes: [second] }),
    ],
  });
  const measure = kpi({ planId: tree.id, values: [kpiValue({ period: '2024-11', value: 48 })] });
  return { tree, measure, one: tree.priorities[0]!, amber: first.actions[1]! };
}

describe('Starting the next plan', () => {
  it('carries what the manager chose, then opens the new draft with what was carried', async () => {
    const { tree, measure, one, amber } = oldPlan();
    const next = planTree({ title: 'Plan 2025 to 2026', state: 'draft', predecessorId: tree.id });
    const carried = { priorities: 2, outcomes: 2, actions: 1, kpis: 1, findings: 0 };
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${tree.id}`]: { body: tree },
      [`/api/plans/${tree.id}/kpis`]: { body: { kpis: [measure] } },
      [`POST /api/plans/${tree.id}/successor`]: { status: 201, body: { plan: next, carried } },
      [`/api/plans/${next.id}`]: { body: next },
      '/api/plans': { body: { plans: [planSummary({ ...tree, successorId: next.id }), next] } },
    });
    const { user } = renderApp(`/plans/${tree.id}`);
    await user.click(await screen.findByRole('link', { name: 'Start the next plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Start the next plan' })).toBeInTheDocument();

    expect(screen.getByLabelText('Start month')).toHaveValue('2025-01');
    const actions = screen.getByRole('region', { name: 'Unfinished actions to carry forward' });
    expect(within(actions).queryByRole('checkbox', { name: /1\.1\.1/ })).not.toBeInTheDocument();
    expect(
      within(actions).getByRole('checkbox', { name: /1\.1\.2 Publish the local offer Amber/ }),
    ).toBeChecked();
    await user.click(within(actions).getByRole('checkbox', { name: /1\.1\.3 Train the panel Red/ }));
    // Priority 2 stops, and its action with it.
    await user.click(screen.getByRole('checkbox', { name: 'Priority 2: Communications' }));
    expect(within(actions).queryByRole('checkbox', { name: /2\.1\.1/ })).not.toBeInTheDocument();
    expect(within(actions).getByText(/Priority 2 does not continue/)).toBeInTheDocument();
    const title = screen.getByLabelText('Title of priority 1 in the next plan');
    await user.clear(title);
    await user.type(title, 'Better outcomes');

    const baseline = await screen.findByLabelText(/New baseline: 3\.4/);
    expect(baseline).toHaveValue('48');
    expect(baseline).toHaveAccessibleDescription(/Its latest actual: 48% in November 2024/);
    await user.clear(baseline);
    await user.type(baseline, '50');

    await user.type(screen.getByLabelText('Title'), 'Plan 2025 to 2026');
    await user.type(screen.getByLabelText('End month'), '2026-12');
    await user.click(screen.getByRole('button', { name: 'Start the next plan' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('1 action carried forward from Plan 2023 to 2024');
    expect(banner).toHaveTextContent('With 2 priorities, 2 outcomes, 1 KPI and 0 inspection findings');
    expect(screen.getByRole('heading', { level: 1, name: 'Plan 2025 to 2026' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Plan 2023 to 2024' })).toHaveAttribute(
      'href',
      `/plans/${tree.id}`,
    );
    const sent = sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/successor`);
    expect(sent?.headers).toMatchObject({ 'if-match': '"3"' });
    expect(sent?.body).toEqual({
      title: 'Plan 2025 to 2026',
      periodStart: '2025-01',
      periodEnd: '2026-12',
      priorities: [{ id: one.id, title: 'Better outcomes' }],
      actionIds: [amber.id],
      kpis: [{ id: measure.id, baselineValue: 50 }],
    });
  });

  it('refuses a bad baseline before sending, and puts the API’s refusals on their fields', async () => {
    const { tree, measure, amber } = oldPlan();
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${tree.id}`]: { body: tree },
      [`/api/plans/${tree.id}/kpis`]: { body: { kpis: [measure] } },
      [`POST /api/plans/${tree.id}/successor`]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Not a live item of this plan',
            details: [{ path: 'body.actionIds.0', message: 'Not a live item of this plan' }],
          },
        },
      },
    });
    const { user } = renderApp(`/plans/${tree.id}/next`);
    await user.type(await screen.findByLabelText('Title'), 'Plan 2025 to 2026');
    await user.type(screen.getByLabelText('End month'), '2026-12');
    const baseline = await screen.findByLabelText(/New baseline: 3\.4/);
    await user.clear(baseline);
    await user.type(baseline, 'about half');
    await user.click(screen.getByRole('button', { name: 'Start the next plan' }));
    const summary = await screen.findByRole('alert');
    await user.click(
      within(summary).getByRole('link', {
        name: 'Enter the new baseline of KPI 3.4 as a number, like 52 or 52.5',
      }),
    );
    expect(baseline).toHaveFocus();
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/successor`)).toBeNull();

    await user.clear(baseline);
    await user.click(screen.getByRole('button', { name: 'Start the next plan' }));
    const refused = await within(await screen.findByRole('alert')).findByRole('link', {
      name: 'Not a live item of this plan',
    });
    expect(refused).toHaveAttribute('href', `#action-${amber.id}`);
    expect(screen.getByRole('group', { name: /Outcome 1\.1/ })).toHaveAccessibleDescription(
      'Error: Not a live item of this plan',
    );
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${tree.id}/successor`)?.body.kpis).toEqual([
      { id: measure.id, baselineValue: null },
    ]);
  });

  it('offers the next plan only on an active plan without one, and links a chained plan both ways', async () => {
    const before = planSummary({ title: 'Plan 2021 to 2022', state: 'closed' });
    const after = planSummary({ title: 'Plan 2025 to 2026', state: 'draft' });
    const tree = planTree({ title: 'Plan 2023 to 2024', predecessorId: before.id, successorId: after.id });
    stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${tree.id}`]: { body: tree },
      '/api/plans': { body: { plans: [before, tree, after] } },
    });
    renderApp(`/plans/${tree.id}`);
    expect(await screen.findByRole('link', { name: 'Plan 2021 to 2022' })).toHaveAttribute(
      'href',
      `/plans/${before.id}`,
    );
    expect(screen.getByText('Follows')).toBeInTheDocument();
    expect(screen.getByText('Continued in').nextElementSibling).toHaveTextContent('Plan 2025 to 2026');
    expect(screen.getByRole('link', { name: 'Close the plan' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start the next plan' })).not.toBeInTheDocument();
  });

  it('makes a draft plan active from Edit the plan', async () => {
    const draft = planTree({ title: 'Plan 2025 to 2026', state: 'draft', version: 2 });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      [`/api/plans/${draft.id}`]: { body: draft },
      [`PATCH /api/plans/${draft.id}`]: { body: { ...draft, state: 'active', version: 3 } },
    });
    const { user } = renderApp(`/plans/${draft.id}`);
    expect(await screen.findByText(/This plan is a draft/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Edit the plan/ }));
    await user.click(await screen.findByRole('radio', { name: 'Active' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Plan 2025 to 2026' });
    expect(sentRequest(fetchStub, 'PATCH', `/api/plans/${draft.id}`)?.body).toEqual({ state: 'active' });
  });
});
