import type { ActionNode } from '@ragboard/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { actionNode } from '../../test/factories';
import { action as fullAction, statusUpdate } from '../../test/monthly-round-factories';
import { AppProviders, stubApi } from '../../test/render-app';
import { StatusUpdateForm } from './status-update-form';

function renderForm(action: ActionNode, onSaved = () => {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter>
        <StatusUpdateForm action={action} period="2026-11" onSaved={onSaved} />
      </MemoryRouter>
    </AppProviders>,
  );
  return user;
}

function postsTo(fetchStub: ReturnType<typeof stubApi>, path: string) {
  return fetchStub.mock.calls.filter(([p, init]) => p === path && init?.method === 'POST');
}

describe('StatusUpdateForm', () => {
  it('offers each status by its word with the plan’s meaning, and asks for a date only for Red', async () => {
    stubApi({});
    const user = renderForm(actionNode());
    const group = screen.getByRole('group', { name: 'Status' });
    const labels = within(group)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value'));
    expect(labels).toEqual(['Grey', 'Blue', 'Green', 'Amber', 'Red']);
    expect(screen.getByLabelText('Amber')).toHaveAccessibleDescription(
      'Action delayed and likely to miss completion deadline',
    );
    expect(screen.queryByRole('group', { name: 'New completion date' })).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Red'));
    const date = screen.getByRole('group', { name: 'New completion date' });
    expect(within(date).getByLabelText('Day')).toBeVisible();
    await user.click(screen.getByLabelText('Green'));
    expect(screen.queryByRole('group', { name: 'New completion date' })).not.toBeInTheDocument();
  });

  it('refuses Red without a new completion date or a note, each message linked to its field', async () => {
    const fetchStub = stubApi({});
    const user = renderForm(actionNode());
    await user.click(screen.getByLabelText('Red'));
    await user.click(screen.getByRole('button', { name: 'Save update' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Red needs a new completion date', '#revisedDue'],
      ['A progress note is required for Red', '#note'],
    ]);
    expect(screen.getByLabelText('Progress note')).toHaveAccessibleDescription(
      expect.stringContaining('Error: A progress note is required for Red'),
    );
    await user.click(links[0]!);
    expect(screen.getByLabelText('Day')).toHaveFocus();
    expect(fetchStub.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('asks for a status, and refuses a date that is not real', async () => {
    stubApi({});
    const user = renderForm(actionNode());
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('link', { name: 'Select a status' })).toHaveAttribute('href', '#status');

    await user.click(screen.getByLabelText('Red'));
    await user.type(screen.getByLabelText('Progress note'), 'Waiting for the new provider');
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2099');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(
      await screen.findByRole('link', { name: 'The new completion date must be a real date' }),
    ).toBeInTheDocument();
  });

  it('sends the update with the version it was shown as If-Match, then says it is saved', async () => {
    const shown = actionNode({ version: 7, dueMonth: '2026-12' });
    const after = fullAction({
      ...shown,
      status: 'Red',
      newDate: { date: '2099-02-28', source: 'update', since: '2026-11' },
      version: 8,
    });
    const path = `/api/actions/${shown.id}/updates`;
    const fetchStub = stubApi({
      [`POST ${path}`]: {
        status: 201,
        body: { update: statusUpdate({ status: 'Red', revisedDue: '2099-02-28' }), action: after },
      },
    });
    let saved = 0;
    const user = renderForm(shown, () => saved++);
    await user.click(screen.getByLabelText('Red'));
    await user.type(screen.getByLabelText('Day'), '28');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2099');
    await user.type(screen.getByLabelText('Progress note'), '  Provider withdrew; re-tendering  ');
    await user.click(screen.getByRole('button', { name: 'Save update' }));

    expect(await screen.findByRole('heading', { name: 'Update saved' })).toBeInTheDocument();
    const [call] = postsTo(fetchStub, path);
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({
      period: '2026-11',
      status: 'Red',
      note: 'Provider withdrew; re-tendering',
      revisedDue: '2099-02-28',
    });
    expect(new Headers(call?.[1]?.headers).get('if-match')).toBe('"7"');
    expect(saved).toBe(1);
  });

  it('tells a lead their Blue is sent for sign-off', async () => {
    const shown = actionNode({ status: 'Green' });
    stubApi({
      [`POST /api/actions/${shown.id}/updates`]: {
        status: 201,
        body: {
          update: statusUpdate({ status: 'Blue', note: 'Done' }),
          action: fullAction({ ...shown, awaitingSignOff: true, version: 2 }),
        },
      },
    });
    const user = renderForm(shown);
    await user.click(screen.getByLabelText('Blue'));
    await user.type(screen.getByLabelText('Progress note'), 'Done');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('heading', { name: 'Sent for sign-off' })).toBeInTheDocument();
    expect(screen.getByText(/stays Green/)).toBeInTheDocument();
  });

  it('shows who saved first when the action changed meanwhile, and saves on top of it when asked', async () => {
    const shown = actionNode({ version: 3, status: 'Green' });
    const theirs = fullAction({ ...shown, status: 'Amber', version: 4 });
    const path = `/api/actions/${shown.id}/updates`;
    const fetchStub = stubApi({
      [`POST ${path}`]: {
        status: 409,
        body: {
          error: {
            code: 'stale_version',
            message: 'This action was changed by someone else',
            details: { current: theirs },
          },
        },
      },
    });
    const user = renderForm(shown);
    await user.click(screen.getByLabelText('Grey'));
    await user.click(screen.getByRole('button', { name: 'Save update' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Someone else updated this action' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Amber')).toHaveClass('govuk-tag');

    await user.click(screen.getByLabelText('Grey'));
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    await screen.findByRole('heading', { name: 'Someone else updated this action' });
    const versions = postsTo(fetchStub, path).map(([, init]) => new Headers(init?.headers).get('if-match'));
    expect(versions).toEqual(['"3"', '"4"']);
  });

  it('puts the API’s refusal on the field it names', async () => {
    const shown = actionNode();
    stubApi({
      [`POST /api/actions/${shown.id}/updates`]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid',
            details: [{ path: 'body.note', message: 'Keep the note under 5,000 characters' }],
          },
        },
      },
    });
    const user = renderForm(shown);
    await user.click(screen.getByLabelText('Green'));
    await user.type(screen.getByLabelText('Progress note'), 'Fine');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('link', { name: 'Keep the note under 5,000 characters' })).toHaveAttribute(
      'href',
      '#note',
    );
  });
});
