import type { PlanTree, PriorityNode } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { person, planTree, priorityNode, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const lead = person({ name: 'Sally Richardson' });

type Replies = Parameters<typeof stubApi>[0];

/** A manager, one person and a plan with priority 1; `extra` adds replies that name the plan. */
function setUp(extra: (plan: PlanTree, priority: PriorityNode) => Replies = () => ({})) {
  const priority = priorityNode({ ref: '1', title: 'Improving Outcomes' });
  const plan = planTree({ title: 'Lancashire SEND plan', priorities: [priority] });
  const fetchStub = stubApi({
    '/api/auth/me': manager,
    '/api/people': { body: { people: [lead] } },
    [`/api/plans/${plan.id}`]: { body: plan },
    ...extra(plan, priority),
  });
  return { plan, priority, fetchStub };
}

describe('Priority forms', () => {
  it('refuses a priority without ref, title or reporting cadence, each on its field', async () => {
    const { plan } = setUp();
    const { user } = renderApp(`/plans/${plan.id}/priorities/new`);
    await user.click(await screen.findByRole('button', { name: 'Add priority' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Enter a reference, such as 1.2.3',
      'Enter a title',
      'Select how often the delivery group reports',
    ]);
    expect(screen.getByLabelText('Reference')).toHaveAccessibleDescription(
      'For example, 3 Error: Enter a reference, such as 1.2.3',
    );
    expect(
      screen.getByRole('group', { name: 'How often does the group report?' }),
    ).toHaveAccessibleDescription('Error: Select how often the delivery group reports');
  });

  it('sends the priority with its delivery group, and puts a nested refusal on its field', async () => {
    const { plan, fetchStub } = setUp((plan) => ({
      [`/api/plans/${plan.id}/priorities`]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid body',
            details: [{ path: 'body.deliveryGroup.leadRole', message: 'The role is too long' }],
          },
        },
      },
    }));
    const { user } = renderApp(`/plans/${plan.id}/priorities/new`);
    await user.type(await screen.findByLabelText('Reference'), '3');
    await user.type(screen.getByLabelText('Title'), 'Preparing for Adulthood');
    await user.type(screen.getByLabelText('Delivery group name (optional)'), 'PfA Delivery Group');
    await user.selectOptions(screen.getByLabelText('Lead (optional)'), 'Sally Richardson');
    await user.type(screen.getByLabelText('Lead’s role (optional)'), 'Head of Service');
    await user.click(screen.getByLabelText('Quarterly'));
    await user.click(screen.getByLabelText('Also reports by exception'));
    await user.click(screen.getByRole('button', { name: 'Add priority' }));
    expect(await screen.findByLabelText('Lead’s role (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Error: The role is too long'),
    );
    expect(sentRequest(fetchStub, 'POST', `/api/plans/${plan.id}/priorities`)?.body).toEqual({
      ref: '3',
      title: 'Preparing for Adulthood',
      deliveryGroup: {
        name: 'PfA Delivery Group',
        leadId: lead.id,
        leadRole: 'Head of Service',
        reportingCadence: 'quarterly',
        byException: true,
      },
    });
  });

  it('edits only what changed', async () => {
    const { plan, priority, fetchStub } = setUp((plan, priority) => ({
      [`/api/priorities/${priority.id}`]: {
        body: {
          ...priority,
          planId: plan.id,
          title: 'Improving Outcomes for Children',
          position: 1,
          archivedAt: null,
          version: 2,
        },
      },
    }));
    const { user } = renderApp(`/plans/${plan.id}/priorities/${priority.id}/edit`);
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('Improving Outcomes');
    expect(screen.getByLabelText('Quarterly')).toBeChecked();
    await user.clear(title);
    await user.type(title, 'Improving Outcomes for Children');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Lancashire SEND plan' });
    expect(sentRequest(fetchStub, 'PATCH', `/api/priorities/${priority.id}`)?.body).toEqual({
      title: 'Improving Outcomes for Children',
    });
  });

  it('says clearly when a priority with history cannot be deleted, and offers archiving', async () => {
    const { plan, priority } = setUp((_, priority) => ({
      [`DELETE /api/priorities/${priority.id}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'This has history: archive it instead' } },
      },
    }));
    const { user } = renderApp(`/plans/${plan.id}/priorities/${priority.id}/remove`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to delete priority 1?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, delete priority 1' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'This has history: archive it instead' }),
    ).toHaveAttribute('href', '#archive');
    expect(screen.getByRole('button', { name: 'Archive priority 1 instead' })).toBeEnabled();
  });

  it('tells a board member they cannot use the form', async () => {
    const priority = priorityNode();
    const plan = planTree({ priorities: [priority] });
    stubApi({ [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/plans/${plan.id}/priorities/${priority.id}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
  });
});
