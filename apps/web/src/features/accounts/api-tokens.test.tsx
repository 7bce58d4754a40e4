import { apiTokenSchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextId, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function token(overrides: object = {}) {
  return apiTokenSchema.parse({
    id: nextId(),
    name: 'Power BI board dashboard',
    createdBy: 'Partnership Manager',
    createdAt: '2026-11-01T09:00:00.000Z',
    expiresAt: '2099-01-30T09:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  });
}

describe('API tokens', () => {
  it('lists each token with when it was made, expires and was last used, and its status in words', async () => {
    const live = token({ lastUsedAt: '2026-11-20T08:00:00.000Z' });
    const revoked = token({ name: 'Old Excel query', revokedAt: '2026-11-02T10:00:00.000Z' });
    const expired = token({ name: 'Trial', expiresAt: '2026-01-01T00:00:00.000Z' });
    stubApi({ '/api/auth/me': manager, '/api/api-tokens': { body: { tokens: [live, revoked, expired] } } });
    renderApp('/accounts/api-tokens');
    const table = await screen.findByRole('table', { name: 'Every token' });
    const row = within(table).getByRole('row', { name: /Power BI board dashboard/ });
    expect(row).toHaveTextContent('1 November 2026 by Partnership Manager');
    expect(row).toHaveTextContent('20 November 2026');
    expect(row).toHaveTextContent('Active');
    expect(within(row).getByRole('button', { name: 'Revoke Power BI board dashboard' })).toBeInTheDocument();
    const old = within(table).getByRole('row', { name: /Old Excel query/ });
    expect(old).toHaveTextContent('Revoked');
    expect(old).toHaveTextContent('Never');
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Trial/ })).toHaveTextContent('Expired');
  });

  it('makes a token and shows it once, to be copied', async () => {
    const made = token({ name: 'Power BI' });
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/api-tokens': { body: { tokens: [] } },
      'POST /api/api-tokens': { status: 201, body: { apiToken: made, token: 'rgb_the-secret-token' } },
    });
    const { user } = renderApp('/accounts/api-tokens');
    await user.type(await screen.findByLabelText('Name'), 'Power BI');
    await user.clear(screen.getByLabelText(/Lasts for/));
    await user.type(screen.getByLabelText(/Lasts for/), '30');
    await user.click(screen.getByRole('button', { name: 'Make the token' }));
    const shown = await screen.findByLabelText('The token');
    expect(shown).toHaveValue('rgb_the-secret-token');
    expect(screen.getByRole('status')).toHaveTextContent('Copy it now: it is not shown again.');
    expect(sentRequest(fetchStub, 'POST', '/api/api-tokens')?.body).toEqual({
      name: 'Power BI',
      expiresInDays: 30,
    });
  });

  it('checks the name and the days before sending, each message tied to its field', async () => {
    const fetchStub = stubApi({ '/api/auth/me': manager, '/api/api-tokens': { body: { tokens: [] } } });
    const { user } = renderApp('/accounts/api-tokens');
    await user.clear(await screen.findByLabelText(/Lasts for/));
    await user.type(screen.getByLabelText(/Lasts for/), '400');
    await user.click(screen.getByRole('button', { name: 'Make the token' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter a name for the token', 'Enter a whole number of days from 1 to 366']);
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a name for the token'),
    );
    expect(sentRequest(fetchStub, 'POST', '/api/api-tokens')).toBeNull();
  });

  it('revokes a token from its row', async () => {
    const live = token();
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/api-tokens': { body: { tokens: [live] } },
      [`POST /api/api-tokens/${live.id}/revoke`]: {
        body: { ...live, revokedAt: '2026-11-24T12:00:00.000Z' },
      },
    });
    const { user } = renderApp('/accounts/api-tokens');
    await user.click(await screen.findByRole('button', { name: 'Revoke Power BI board dashboard' }));
    await expect
      .poll(() => sentRequest(fetchStub, 'POST', `/api/api-tokens/${live.id}/revoke`))
      .not.toBeNull();
  });

  it('is reached from Accounts', async () => {
    stubApi({
      '/api/auth/me': manager,
      '/api/users': { body: { users: [] } },
      '/api/api-tokens': { body: { tokens: [] } },
    });
    const { user } = renderApp('/accounts');
    await user.click(await screen.findByRole('link', { name: 'API tokens for Power BI and Excel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'API tokens' })).toBeInTheDocument();
  });
});
