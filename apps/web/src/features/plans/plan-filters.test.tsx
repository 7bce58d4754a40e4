import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  actionNode,
  outcomeNode,
  personRef,
  planTree,
  priorityNode,
  sessionReply,
} from '../../test/factories';
import { renderApp, stubApi } from '../../test/render-app';

const sapphire = personRef({ name: 'Sapphire Murray', organisation: 'Lancashire County Council' });
const neil = personRef({ name: 'Neil Willcocks', organisation: 'NHS Lancashire and South Cumbria ICB' });

function filterablePlan() {
  return planTree({
    priorities: [
      priorityNode({
        ref: '1',
        title: 'Improving Outcomes',
        outcomes: [
          outcomeNode({
            ref: '1.1',
            actions: [
              actionNode({ ref: '1.1.1', title: 'Review complaints', status: 'Red', leads: [sapphire] }),
              actionNode({ ref: '1.1.2', title: 'Publish the local offer', status: 'Green', leads: [neil] }),
            ],
          }),
          outcomeNode({
            ref: '1.2',
            actions: [
              actionNode({
                ref: '1.2.1',
                title: 'Train staff',
                status: 'Amber',
                leads: [neil],
                pastOriginalDate: true,
              }),
            ],
          }),
        ],
      }),
      priorityNode({
        ref: '2',
        title: 'Communications',
        outcomes: [outcomeNode({ ref: '2.1', actions: [actionNode({ ref: '2.1.1', status: 'Blue' })] })],
      }),
    ],
  });
}

function render(path: (planId: string) => string, role: 'board' | 'manager' = 'board') {
  const plan = filterablePlan();
  stubApi({ [`/api/plans/${plan.id}`]: { body: plan }, '/api/auth/me': { body: sessionReply({ role }) } });
  return { plan, ...renderApp(path(plan.id)) };
}

describe('Plan page filters', () => {
  it('shows every action and the count when nothing is filtered', async () => {
    render((id) => `/plans/${id}`);
    expect(await screen.findByText('Showing 4 of 4 actions')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^Priority/ })).toHaveLength(2);
  });

  it('reads the status filters from the URL and hides priorities and outcomes with no match', async () => {
    render((id) => `/plans/${id}?status=Red&status=Amber`);
    expect(await screen.findByText('Showing 2 of 4 actions')).toBeInTheDocument();
    expect(screen.getByLabelText('Red (significantly delayed)')).toBeChecked();
    expect(screen.getByLabelText('Green (on target)')).not.toBeChecked();
    expect(screen.queryByRole('region', { name: /Priority 2/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1.1.1' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '1.1.2' })).not.toBeInTheDocument();
  });

  it('filters by lead, organisation, behind its dates and words, as a shareable URL', async () => {
    const { user } = render((id) => `/plans/${id}`);
    await user.selectOptions(await screen.findByLabelText('Lead'), 'Neil Willcocks');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Showing 2 of 4 actions')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Behind its dates only'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Showing 1 of 4 actions')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1.2.1' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 4 of 4 actions')).toBeInTheDocument();
    expect(screen.getByLabelText('Lead')).toHaveValue('');

    await user.type(screen.getByLabelText('Search actions'), 'local offer');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Showing 1 of 4 actions')).toBeInTheDocument();
    expect(screen.getByLabelText('Search actions')).toHaveValue('local offer');
  });

  it('filters by organisation and priority from the URL', async () => {
    render(
      (id) => `/plans/${id}?organisation=${encodeURIComponent('Lancashire County Council')}&priority=nope`,
    );
    expect(await screen.findByText('Showing 0 of 4 actions')).toBeInTheDocument();
    expect(screen.getByText(/No actions match these filters/)).toBeInTheDocument();
  });

  it('links each action to its own page', async () => {
    const { plan } = render((id) => `/plans/${id}`);
    const action = plan.priorities[0]!.outcomes[0]!.actions[0]!;
    expect(await screen.findByRole('link', { name: '1.1.1' })).toHaveAttribute(
      'href',
      `/actions/${action.id}`,
    );
  });

  it('offers a manager the edit links, and a board member none', async () => {
    render((id) => `/plans/${id}`, 'manager');
    const priority = await screen.findByRole('region', { name: 'Priority 1: Improving Outcomes' });
    expect(within(priority).getByRole('link', { name: 'Edit priority 1' })).toBeInTheDocument();
    expect(within(priority).getByRole('link', { name: 'Add an action to outcome 1.1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a priority' })).toBeInTheDocument();
  });

  it('shows a board member no edit links', async () => {
    render((id) => `/plans/${id}`);
    await screen.findByText('Showing 4 of 4 actions');
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Add/ })).not.toBeInTheDocument();
  });
});
