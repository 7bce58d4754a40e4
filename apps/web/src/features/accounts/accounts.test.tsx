import { userSchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function account(overrides: object = {}) {
  return userSchema.parse({
    id: nextId(),
    email: 'sally@example.org',
    displayName: 'Sally Richardson',
    role: 'lead',
    personId: null,
    active: true,
    twoStepEnabled: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    version: 1,
    ...overrides,
  });
}

describe('Accounts', () => {
  it('lists accounts with their role and status for the manager', async () => {
    stubApi({ '/api/auth/me': manager, '/api/users': { body: { users: [account()] } } });
    renderApp('/accounts');
    const table = await screen.findByRole('table', { name: 'Every account' });
    const row = within(table).getByRole('row', { name: /Sally Richardson/ });
    expect(row).toHaveTextContent('Action lead');
    expect(row).toHaveTextContent('Active');
    expect(within(row).getByRole('button', { name: 'Deactivate Sally Richardson' })).toBeInTheDocument();
  });

  it('never offers a board member the accounts form', async () => {
    stubApi({ '/api/users': { status: 403, body: { error: { code: 'forbidden', message: 'No' } } } });
    renderApp('/accounts/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
  });

  it('checks the form before sending it, each message tied to its field', async () => {
    stubApi({ '/api/auth/me': manager });
    const { user } = renderApp('/accounts/new');
    await user.click(await screen.findByRole('button', { name: 'Create account' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Enter the person’s name',
      'Enter an email address',
      'Select a role',
      'Passwords must be at least 12 characters',
    ]);
    expect(screen.getByRole('group', { name: 'Role' })).toHaveAccessibleDescription('Error: Select a role');
  });

  it('puts the API’s refusal on the field it names', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/users': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid body: body.email',
            details: [{ path: 'body.email', message: 'Enter an email address in the correct format' }],
          },
        },
      },
    });
    const { user } = renderApp('/accounts/new');
    await user.type(await screen.findByLabelText('Name'), 'Neil Willcocks');
    await user.type(screen.getByLabelText('Email'), 'neil@');
    await user.click(screen.getByLabelText('Action lead'));
    await user.type(screen.getByLabelText('Password'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByLabelText('Email')).toHaveAccessibleDescription(
      'Error: Enter an email address in the correct format',
    );
    const [, init] = fetchStub.mock.calls.find(([path, i]) => path === '/api/users' && i?.method === 'POST')!;
    expect(JSON.parse(String(init?.body))).toEqual({
      displayName: 'Neil Willcocks',
      email: 'neil@',
      role: 'lead',
      password: 'a long enough password',
      personId: null,
    });
  });

  it('links the new account to a person of the plan, offering only people with no account yet', async () => {
    const person = (name: string, accountEmail: string | null) => ({
      id: nextId(),
      name,
      role: null,
      email: null,
      organisationId: null,
      organisation: null,
      accountEmail,
      actionCount: 3,
      outcomeCount: 0,
      version: 1,
    });
    const sapphire = person('Sapphire Murray', null);
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/people': { body: { people: [sapphire, person('Sally Richardson', 'sally@example.org')] } },
      '/api/users': { status: 201, body: account({ personId: sapphire.id }) },
    });
    const { user } = renderApp('/accounts/new');
    const select = await screen.findByLabelText('Person in the plan (optional)');
    await screen.findByRole('option', { name: 'Sapphire Murray' });
    expect(within(select).queryByRole('option', { name: 'Sally Richardson' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Sapphire Murray');
    await user.type(screen.getByLabelText('Email'), 'sapphire@example.org');
    await user.click(screen.getByLabelText('Action lead'));
    await user.selectOptions(select, 'Sapphire Murray');
    await user.type(screen.getByLabelText('Password'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { level: 1, name: 'Accounts' });
    const [, init] = fetchStub.mock.calls.find(([path, i]) => path === '/api/users' && i?.method === 'POST')!;
    expect(JSON.parse(String(init?.body)).personId).toBe(sapphire.id);
  });

  it('changes an account’s role with If-Match, and sets a new password only of 12 characters or more', async () => {
    const neil = account({ displayName: 'Neil Willcocks', version: 3 });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/users': { body: { users: [neil] } },
      [`PATCH /api/users/${neil.id}`]: { body: { ...neil, role: 'board', version: 4 } },
      [`POST /api/users/${neil.id}/password`]: { status: 204, body: null },
    });
    const { user } = renderApp(`/accounts/${neil.id}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Neil Willcocks' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Board member'));
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText(/The role is now Board member/)).toBeInTheDocument();
    const [, patch] = fetchStub.mock.calls.find(
      ([path, i]) => path === `/api/users/${neil.id}` && i?.method === 'PATCH',
    )!;
    expect(JSON.parse(String(patch?.body))).toEqual({ role: 'board' });
    expect(new Headers(patch?.headers).get('if-match')).toBe('"3"');

    await user.type(screen.getByLabelText('New password'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Passwords must be at least 12 characters'),
    );
    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText('The password has been changed.')).toBeInTheDocument();
  });

  it('does not offer a manager the reset of their own two-step verification', async () => {
    const me = manager.body.user;
    const own = account({ id: me.id, displayName: me.displayName, role: 'manager', twoStepEnabled: true });
    stubApi({ '/api/auth/me': manager, '/api/users': { body: { users: [own] } } });
    renderApp(`/accounts/${own.id}/edit`);
    expect(await screen.findByText(/another partnership manager can reset it for you/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset two-step verification' })).not.toBeInTheDocument();
  });

  it('resets an account’s two-step verification after asking to be sure', async () => {
    const neil = account({ displayName: 'Neil Willcocks', role: 'manager', twoStepEnabled: true });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/users': { body: { users: [neil] } },
      [`DELETE /api/users/${neil.id}/two-step`]: { status: 204, body: null },
    });
    const { user } = renderApp(`/accounts/${neil.id}/edit`);
    expect(await screen.findByText(/On. Reset it if they have lost their phone/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset two-step verification' }));
    expect(sentRequest(fetchStub, 'DELETE', `/api/users/${neil.id}/two-step`)).toBeNull();
    expect(screen.getByText(/resetting lets the password alone into the account/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, reset two-step verification' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Two-step verification has been reset and the account signed out everywhere. They set it up again when they next sign in.',
    );
    expect(sentRequest(fetchStub, 'DELETE', `/api/users/${neil.id}/two-step`)).not.toBeNull();
  });
});
