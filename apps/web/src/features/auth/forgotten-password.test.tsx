import { PASSWORD_RESET_SENT } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, sentRequest, signedOut, stubApi } from '../../test/render-app';

const TOKEN = 'a'.repeat(43);

describe('Forgotten your password?', () => {
  it('is offered on the sign-in page, and asks for the email address', async () => {
    stubApi({ '/api/auth/me': signedOut() });
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('link', { name: 'Forgotten your password?' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Forgotten your password?' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
  });

  it('checks the address first, then gives the server’s one reply, whoever it belongs to', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': signedOut(),
      'POST /api/auth/password-reset': { status: 202, body: { message: PASSWORD_RESET_SENT } },
    });
    const { user } = renderApp('/sign-in/forgotten-password');
    await user.click(await screen.findByRole('button', { name: 'Send a reset link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password-reset')).toBeNull();

    await user.type(screen.getByLabelText('Email'), 'someone@example.org');
    await user.click(screen.getByRole('button', { name: 'Send a reset link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText(PASSWORD_RESET_SENT)).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password-reset')?.body).toEqual({
      email: 'someone@example.org',
    });
  });

  it('says when too many links were asked for', async () => {
    stubApi({
      '/api/auth/me': signedOut(),
      'POST /api/auth/password-reset': {
        status: 429,
        body: {
          error: {
            code: 'rate_limited',
            message: 'Too many requests to reset a password. Try again in 60 minutes.',
          },
        },
      },
    });
    const { user } = renderApp('/sign-in/forgotten-password');
    await user.type(await screen.findByLabelText('Email'), 'someone@example.org');
    await user.click(screen.getByRole('button', { name: 'Send a reset link' }));
    expect(await screen.findByLabelText('Email')).toHaveAccessibleDescription(
      expect.stringContaining('Too many requests to reset a password'),
    );
  });
});

describe('Setting a new password from the emailed link', () => {
  it('names the account, refuses a short password, then sends to sign in with a success banner', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': signedOut(),
      'POST /api/auth/password-reset/check': {
        body: { email: 'lead@example.org', expiresAt: '2026-12-07T11:00:00.000Z' },
      },
      'POST /api/auth/password-reset/new-password': { status: 204, body: null },
    });
    const { user } = renderApp(`/reset-password/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Set a new password' })).toBeInTheDocument();
    expect(screen.getByText(/For the account lead@example\.org/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is a problem');
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password-reset/new-password')).toBeNull();

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'plum orchard lantern ferry');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Your password has been reset');
    expect(sentRequest(fetchStub, 'POST', '/api/auth/password-reset/new-password')?.body).toEqual({
      token: TOKEN,
      newPassword: 'plum orchard lantern ferry',
    });
  });

  it('tells that a used or expired link does not work, and offers a new one', async () => {
    stubApi({
      '/api/auth/me': signedOut(),
      'POST /api/auth/password-reset/check': {
        status: 404,
        body: { error: { code: 'not_found', message: 'gone' } },
      },
    });
    renderApp(`/reset-password/${TOKEN}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/sign-in/forgotten-password',
    );
  });
});
