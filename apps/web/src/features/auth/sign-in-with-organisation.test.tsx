import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signedOut, stubApi } from '../../test/render-app';

const withProvider = (password: boolean) => ({
  '/api/auth/me': signedOut(),
  '/api/auth/options': { body: { password, oidc: { label: 'Sign in with Microsoft' } } },
});

describe('Signing in with the organisation’s account', () => {
  it('offers the organisation’s sign-in above the password form, keeping the page asked for', async () => {
    stubApi(withProvider(true));
    renderApp('/plans/p1?tab=kpis');
    const button = await screen.findByRole('link', { name: 'Sign in with Microsoft' });
    expect(button).toHaveAttribute(
      'href',
      `/api/auth/oidc/start?returnTo=${encodeURIComponent('/plans/p1?tab=kpis')}`,
    );
    expect(screen.getByText('or')).toBeInTheDocument();
    const email = screen.getByLabelText('Email');
    expect(button.compareDocumentPosition(email) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows no password form when passwords are not used (OIDC_ONLY)', async () => {
    stubApi(withProvider(false));
    renderApp('/sign-in');
    expect(await screen.findByRole('link', { name: 'Sign in with Microsoft' })).toHaveAttribute(
      'href',
      '/api/auth/oidc/start?returnTo=%2F',
    );
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByText('or')).not.toBeInTheDocument();
  });

  it('shows only the password form where no provider is set up', async () => {
    stubApi({ '/api/auth/me': signedOut(), '/api/auth/options': { body: { password: true, oidc: null } } });
    renderApp('/sign-in?returnTo=//evil.example');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /organisation|Microsoft/ })).not.toBeInTheDocument();
  });

  it('explains an unknown email in plain words, with the way back to sign in', async () => {
    stubApi({ '/api/auth/me': signedOut() });
    renderApp('/sign-in/problem?reason=unknown-email&email=sam.jones%40council.gov.uk');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'There is no ragboard account for sam.jones@council.gov.uk',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask your partnership manager to add you/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it.each([
    ['disabled', 'Your ragboard account has been turned off'],
    ['domain', 'You cannot sign in to ragboard with this email address'],
    ['unverified-email', 'Your organisation has not confirmed your email address'],
    ['no-email', 'Your organisation’s sign-in service did not give your email address'],
    ['cancelled', 'You did not finish signing in'],
    ['expired', 'Your sign-in timed out'],
    ['unreachable', 'Sorry, ragboard could not reach your organisation’s sign-in service'],
    ['provider-error', 'Sorry, your organisation’s sign-in service reported a problem'],
    ['failed', 'Sorry, your sign-in could not be completed'],
    ['something-new', 'Sorry, your sign-in could not be completed'],
  ])('explains the reason %s', async (reason, heading) => {
    stubApi({ '/api/auth/me': signedOut() });
    renderApp(`/sign-in/problem?reason=${reason}`);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });
});
