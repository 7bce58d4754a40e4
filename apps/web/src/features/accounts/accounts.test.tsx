import { userSchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, sessionReply } from '../../test/factories';
import { renderApp, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function account(overrides: object = {}) {
  return userSchema.parse({
    id: nextId(),
    email: 'sally@example.org',
    displayName: 'Sally Richardson',
    role: 'lead',
    personId: null,
    active: true,
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
    });
  });
});
