import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionNode, outcomeNode, planTree, priorityNode } from '../../test/factories';
import { renderApp, stubApi } from '../../test/render-app';

function seededPlan() {
  const actions = [
    actionNode({ ref: '1.1.1', status: 'Blue', dueMonth: '2023-02' }),
    actionNode({
      ref: '1.1.2',
      status: 'Red',
      dueMonth: '2023-03',
      newDate: { date: '2027-02-28', source: 'update', since: '2024-03' },
      pastOriginalDate: true,
    }),
    actionNode({ ref: '1.1.5', status: 'Green', dueMonth: '2023-04', pastOriginalDate: true }),
    actionNode({
      ref: '1.1.6',
      status: 'Green',
      dueMonth: '2023-05',
      newDate: { date: '2024-01-31', source: 'manager', since: '2023-06' },
      pastOriginalDate: true,
      pastNewDate: true,
    }),
    actionNode({ ref: '1.1.3', status: 'Grey', dueMonth: null, dueText: 'Dependent on sustainability' }),
    actionNode({ ref: '1.1.4', status: 'Amber', dueMonth: null, dueText: null }),
  ];
  const outcome = outcomeNode({
    ref: '1.1',
    title: 'A systematic approach to feedback that utilises\n- feedback from many sources\n- data',
    actions,
  });
  const monthly = priorityNode({
    ref: '2',
    title: 'Communications',
    deliveryGroup: {
      name: 'Communications Delivery Group',
      leadRole: 'Manager of the SEND Partnership',
      lead: null,
      reportingCadence: 'monthly',
      byException: false,
    },
    outcomes: [outcomeNode({ ref: '2.1', actions: [actionNode({ ref: '2.1.1' })] })],
  });
  return planTree({
    title: 'Lancashire SEND plan',
    currentPeriod: '2024-03',
    priorities: [priorityNode({ ref: '1', title: 'Improving Outcomes', outcomes: [outcome] }), monthly],
  });
}

describe('Plan page', () => {
  it('shows the plan, its priorities and their delivery groups', async () => {
    const plan = seededPlan();
    stubApi({ [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/plans/${plan.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lancashire SEND plan' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Current reporting month: March 2024')).toBeInTheDocument();

    const first = screen.getByRole('region', { name: 'Priority 1: Improving Outcomes' });
    expect(within(first).getByText('Improving Outcomes Delivery Group')).toBeInTheDocument();
    expect(within(first).getByText('Head of Inclusion')).toBeInTheDocument();
    expect(within(first).getByText('Quarterly or by exception')).toBeInTheDocument();

    const second = screen.getByRole('region', { name: 'Priority 2: Communications' });
    expect(within(second).getByText('Monthly')).toBeInTheDocument();
  });

  it('shows each outcome statement with its bullets and lead', async () => {
    const plan = seededPlan();
    stubApi({ [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/plans/${plan.id}`);

    const outcome = await screen.findByRole('region', { name: 'Outcome 1.1' });
    expect(within(outcome).getByText('A systematic approach to feedback that utilises')).toBeInTheDocument();
    const bullets = within(outcome).getAllByRole('listitem');
    expect(bullets.map((item) => item.textContent)).toEqual(['feedback from many sources', 'data']);
    expect(within(outcome).getByText('Sally Richardson')).toBeInTheDocument();
  });

  it('lists the actions with both dates, status words and how each stands against its dates', async () => {
    const plan = seededPlan();
    stubApi({ [`/api/plans/${plan.id}`]: { body: plan } });
    renderApp(`/plans/${plan.id}`);

    const table = await screen.findByRole('table', { name: 'Actions for outcome 1.1' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Ref',
      'Action',
      'Due',
      'Lead(s)',
      'Status',
    ]);

    const red = within(table).getByRole('row', { name: /^1\.1\.2/ });
    expect(within(red).getByText('Red')).toHaveClass('govuk-tag');
    expect(within(red).getByText('Due March 2023, new date 28 February 2027')).toBeInTheDocument();
    expect(within(red).getByText('Past its original date, new date agreed')).toHaveClass('govuk-tag');
    const noDate = within(table).getByRole('row', { name: /^1\.1\.5/ });
    expect(within(noDate).getByText('Past its original date, no new date agreed')).toHaveClass('govuk-tag');
    const pastNew = within(table).getByRole('row', { name: /^1\.1\.6/ });
    expect(within(pastNew).getByText('Due May 2023, new date 31 January 2024')).toBeInTheDocument();
    expect(within(pastNew).getByText('Past its new completion date')).toHaveClass('govuk-tag');

    const blue = within(table).getByRole('row', { name: /^1\.1\.1/ });
    expect(within(blue).getByText('Blue')).toBeInTheDocument();
    expect(within(blue).queryByText(/^Past its/)).not.toBeInTheDocument();

    expect(within(table).getByRole('row', { name: /^1\.1\.3/ })).toHaveTextContent(
      'Dependent on sustainability',
    );
    expect(
      within(within(table).getByRole('row', { name: /^1\.1\.4/ })).getByText('No due date'),
    ).toBeInTheDocument();
  });

  it('shows an error message when the plan cannot be found', async () => {
    const missing = planTree();
    stubApi({});
    renderApp(`/plans/${missing.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan could not be shown');
    expect(alert).toHaveTextContent(`No stub for /api/plans/${missing.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Plan not available' })).toBeInTheDocument();
  });
});
