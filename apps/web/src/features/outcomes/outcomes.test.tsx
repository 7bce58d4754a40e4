import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outcomeNode, person, planTree, priorityNode, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const lead = person({ name: 'Sally Richardson' });

function setUp(
  replies: (ids: { planId: string; priorityId: string; outcomeId: string }) => object = () => ({}),
) {
  const outcome = outcomeNode({ ref: '1.1', title: 'Families are heard', lead: null });
  const priority = priorityNode({ ref: '1', title: 'Improving Outcomes', outcomes: [outcome] });
  const plan = planTree({ title: 'Lancashire SEND plan', priorities: [priority] });
  const ids = { planId: plan.id, priorityId: priority.id, outcomeId: outcome.id };
  const fetchStub = stubApi({
    '/api/auth/me': manager,
    '/api/people': { body: { people: [lead] } },
    [`/api/plans/${plan.id}`]: { body: plan },
    ...replies(ids),
  });
  return { ...ids, fetchStub };
}

const outcomeReply = (ids: { planId: string; priorityId: string; outcomeId: string }, title: string) => ({
  body: {
    id: ids.outcomeId,
    planId: ids.planId,
    priorityId: ids.priorityId,
    ref: '1.2',
    title,
    position: 2,
    lead: null,
    archivedAt: null,
    version: 1,
  },
});

describe('Outcome forms', () => {
  it('refuses an outcome without a statement, on its field', async () => {
    const { planId, priorityId, fetchStub } = setUp();
    const { user } = renderApp(`/plans/${planId}/priorities/${priorityId}/outcomes/new`);
    expect(await screen.findByText('Priority 1: Improving Outcomes')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reference'), '1.2');
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    expect(await screen.findByLabelText('Outcome statement')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter a title'),
    );
    expect(sentRequest(fetchStub, 'POST', `/api/priorities/${priorityId}/outcomes`)).toBeNull();
  });

  it('adds an outcome with bullets and a lead, and shows a ref clash on the ref', async () => {
    const { planId, priorityId, fetchStub } = setUp((ids) => ({
      [`/api/priorities/${ids.priorityId}/outcomes`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Another outcome of this plan is numbered 1.2' } },
      },
    }));
    const { user } = renderApp(`/plans/${planId}/priorities/${priorityId}/outcomes/new`);
    await user.type(await screen.findByLabelText('Reference'), '1.2');
    await user.type(
      screen.getByLabelText('Outcome statement'),
      'Services that use{Enter}- feedback{Enter}- data',
    );
    await user.selectOptions(screen.getByLabelText('Outcome lead (optional)'), 'Sally Richardson');
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Another outcome of this plan is numbered 1.2' }),
    ).toHaveAttribute('href', '#ref');
    expect(sentRequest(fetchStub, 'POST', `/api/priorities/${priorityId}/outcomes`)?.body).toEqual({
      ref: '1.2',
      title: 'Services that use\n- feedback\n- data',
      leadId: lead.id,
    });
  });

  it('edits only the lead', async () => {
    const { planId, outcomeId, fetchStub } = setUp((ids) => ({
      [`/api/outcomes/${ids.outcomeId}`]: outcomeReply(ids, 'Families are heard'),
    }));
    const { user } = renderApp(`/plans/${planId}/outcomes/${outcomeId}/edit`);
    expect(await screen.findByLabelText('Outcome statement')).toHaveValue('Families are heard');
    await screen.findByRole('option', { name: 'Sally Richardson' });
    await user.selectOptions(screen.getByLabelText('Outcome lead (optional)'), 'Sally Richardson');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Lancashire SEND plan' });
    expect(sentRequest(fetchStub, 'PATCH', `/api/outcomes/${outcomeId}`)?.body).toEqual({ leadId: lead.id });
  });

  it('deletes an outcome without history after confirming', async () => {
    const { planId, outcomeId, fetchStub } = setUp((ids) => ({
      [`DELETE /api/outcomes/${ids.outcomeId}`]: { status: 204, body: null },
    }));
    const { user } = renderApp(`/plans/${planId}/outcomes/${outcomeId}/remove`);
    await user.click(await screen.findByRole('button', { name: 'Yes, delete outcome 1.1' }));
    await screen.findByRole('heading', { level: 1, name: 'Lancashire SEND plan' });
    expect(fetchStub.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true);
  });
});
