import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const lead = sessionReply({ role: 'lead', displayName: 'Sapphire Murray' });

describe('Changing your own password', () => {
  it('is linked from the header, checks both fields first, and confirms the change', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': { body: lead },
      'POST /api/auth/password': { body: { ...lead, csrfToken: 'a-fresh-csrf-token-0123456789abcdef' } },
    });
    const { user } = renderApp('/accessibility');
    await user.click(await screen.findByRole('link', { name: 'Change password' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change your password' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter your current password', 'Passwords must be at least 12 characters']);
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password')).toBeNull();

    await user.type(screen.getByLabelText('Current password'), 'correct horse battery staple');
    await user.type(screen.getByLabelText('New password'), 'violet kettle harbour lantern');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password has been changed')).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password')?.body).toEqual({
      currentPassword: 'correct horse battery staple',
      newPassword: 'violet kettle harbour lantern',
    });
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });

  it('puts the API’s refusal of a common password on the new password', async () => {
    const message = 'This is a commonly used password. Choose a password that is harder to guess';
    stubApi({
      '/api/auth/me': { body: lead },
      'POST /api/auth/password': {
        status: 400,
        body: {
          error: { code: 'validation_failed', message, details: [{ path: 'body.newPassword', message }] },
        },
      },
    });
    const { user } = renderApp('/account/password');
    await user.type(await screen.findByLabelText('Current password'), 'correct horse battery staple');
    await user.type(screen.getByLabelText('New password'), '123456789012');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#newPassword');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${message}`),
    );
  });

  it('says why on the sign-in page when too many wrong tries ended the session', async () => {
    stubApi({
      '/api/auth/me': { body: lead },
      'POST /api/auth/password': {
        status: 429,
        body: { error: { code: 'rate_limited', message: 'Too many tries' } },
      },
    });
    const { user } = renderApp('/account/password');
    await user.type(await screen.findByLabelText('Current password'), 'not my password at all');
    await user.type(screen.getByLabelText('New password'), 'violet kettle harbour lantern');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText('You have been signed out: the current password was wrong too many times.'),
    ).toBeInTheDocument();
    // The session is forgotten: the header no longer names anyone.
    await waitFor(() => expect(screen.queryByText(/Sapphire Murray/)).not.toBeInTheDocument());
  });
});
