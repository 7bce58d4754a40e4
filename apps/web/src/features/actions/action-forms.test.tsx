import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, outcomeNode, person, planTree, priorityNode, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const sapphire = person({ name: 'Sapphire Murray', organisation: 'Lancashire County Council' });
const neil = person({ name: 'Neil Willcocks' });
const people = { body: { people: [sapphire, neil] } };

function newActionSetUp(replies: (outcomeId: string) => object = () => ({})) {
  const outcome = outcomeNode({ ref: '1.1', actions: [] });
  const plan = planTree({
    title: 'Lancashire SEND plan',
    priorities: [priorityNode({ outcomes: [outcome] })],
  });
  const fetchStub = stubApi({
    '/api/auth/me': manager,
    '/api/people': people,
    [`/api/plans/${plan.id}`]: { body: plan },
    ...replies(outcome.id),
  });
  return { fetchStub, path: `/plans/${plan.id}/outcomes/${outcome.id}/actions/new`, outcomeId: outcome.id };
}

describe('Action forms', () => {
  it('refuses an action with no ref, description, due choice or lead, each on its field', async () => {
    const { path } = newActionSetUp();
    const { user } = renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Select when the action is due',
      'Enter a reference, such as 1.2.3',
      'Enter a title',
      'Name at least one lead',
    ]);
    expect(screen.getByRole('group', { name: 'When is it due?' })).toHaveAccessibleDescription(
      'Error: Select when the action is due',
    );
    expect(screen.getByRole('group', { name: 'Leads' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Name at least one lead'),
    );
  });

  it('asks for the month once “A month” is chosen', async () => {
    const { path } = newActionSetUp();
    const { user } = renderApp(path);
    await user.click(await screen.findByLabelText('A month'));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByLabelText('Month due')).toHaveAccessibleDescription(
      'For example, 2023-02 Error: Enter the month the action is due',
    );
  });

  it('adds an action due in words, with leads found by searching', async () => {
    const { path, outcomeId, fetchStub } = newActionSetUp((id) => ({
      [`/api/outcomes/${id}/actions`]: { status: 201, body: action() },
    }));
    const { user } = renderApp(path);
    await user.type(await screen.findByLabelText('Reference'), '1.1.5');
    await user.type(screen.getByLabelText('Description'), 'Review the offer');
    await user.click(screen.getByLabelText('A condition in words'));
    await user.type(screen.getByLabelText('When it is due, in words'), 'Dependent on sustainability');
    await user.type(screen.getByLabelText('Find a lead'), 'neil{Enter}');
    expect(screen.queryByLabelText('Sapphire Murray')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Neil Willcocks'));
    await user.clear(screen.getByLabelText('Find a lead'));
    await user.click(await screen.findByLabelText('Sapphire Murray'));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await screen.findByRole('heading', { level: 1, name: 'Lancashire SEND plan' });
    expect(sentRequest(fetchStub, 'POST', `/api/outcomes/${outcomeId}/actions`)?.body).toEqual({
      ref: '1.1.5',
      title: 'Review the offer',
      dueMonth: null,
      dueText: 'Dependent on sustainability',
      leadIds: [neil.id, sapphire.id],
    });
  });

  it('edits an action with If-Match, and explains a conflict with a way to reload', async () => {
    const current = action({
      ref: '1.1.1',
      dueMonth: '2023-02',
      dueText: null,
      leads: [sapphire],
      version: 3,
    });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/people': people,
      [`/api/actions/${current.id}`]: { body: current },
      [`PATCH /api/actions/${current.id}`]: {
        status: 409,
        body: {
          error: {
            code: 'stale_version',
            message: 'Changed',
            details: { current: { ...current, version: 4 } },
          },
        },
      },
    });
    const { user } = renderApp(`/actions/${current.id}/edit`);
    const month = await screen.findByLabelText('Month due');
    expect(month).toHaveValue('2023-02');
    expect(screen.getByLabelText('A month')).toBeChecked();
    await user.clear(month);
    await user.type(month, '2023-06');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Someone else changed this');
    expect(
      within(summary).getByRole('link', { name: 'Reload the page to see their changes' }),
    ).toBeInTheDocument();
    const patch = sentRequest(fetchStub, 'PATCH', `/api/actions/${current.id}`);
    expect(patch?.body).toEqual({ dueMonth: '2023-06' });
    expect(patch?.headers).toMatchObject({ 'if-match': '"3"' });
  });

  it('shows “archive it instead” when an action with history cannot be deleted', async () => {
    const current = action({ ref: '1.1.1' });
    stubApi({
      '/api/auth/me': manager,
      [`/api/actions/${current.id}`]: { body: current },
      [`DELETE /api/actions/${current.id}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'This has history: archive it instead' } },
      },
    });
    const { user } = renderApp(`/actions/${current.id}/remove`);
    await user.click(await screen.findByRole('button', { name: 'Yes, delete action 1.1.1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This has history: archive it instead');
  });

  it('tells a board member they cannot use the form', async () => {
    const current = action();
    stubApi({ [`/api/actions/${current.id}`]: { body: current } });
    renderApp(`/actions/${current.id}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Description')).not.toBeInTheDocument();
  });
});
