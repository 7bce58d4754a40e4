import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../lib/load-document';
import { planSummary, sessionReply } from '../../test/factories';
import { renderApp, signedOut, stubApi } from '../../test/render-app';

// jsdom opens no new document: what matters is which one the browser is sent to.
vi.mock('../../lib/load-document', () => ({ loadDocument: vi.fn() }));

const plans = { body: { plans: [planSummary({ title: 'Lancashire SEND plan' })] } };

describe('Signing in', () => {
  it('sends someone not signed in to the sign-in page, with labelled fields', async () => {
    stubApi({ '/api/auth/me': signedOut(), '/api/plans': plans });
    renderApp('/plans');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('shows the GOV.UK error summary, linked to each empty field', async () => {
    stubApi({ '/api/auth/me': signedOut() });
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    await user.click(within(summary).getByRole('link', { name: 'Enter your email address' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toHaveAttribute(
      'href',
      '#password',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter your password');
  });

  it('shows the server’s refusal of a wrong password', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': signedOut(),
      '/api/auth/login': {
        status: 401,
        body: { error: { code: 'unauthorised', message: 'The email address or password is not right' } },
      },
    });
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'board@example.org');
    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The email address or password is not right' }),
    ).toBeInTheDocument();
    const [, init] = fetchStub.mock.calls.find(([path]) => path === '/api/auth/login')!;
    expect(JSON.parse(String(init?.body))).toEqual({
      email: 'board@example.org',
      password: 'wrong password',
    });
  });

  it('signs in and opens the page asked for as a new document, without showing it here first', async () => {
    const session = sessionReply({ displayName: 'Board Member', role: 'board' });
    stubApi({
      '/api/auth/me': signedOut(),
      '/api/auth/login': { body: session },
      '/api/plans': plans,
    });
    const { user } = renderApp('/plans');
    await user.type(await screen.findByLabelText('Email'), 'board@example.org');
    await user.type(screen.getByLabelText('Password'), 'ragboard-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(loadDocument).toHaveBeenCalledWith('/plans'));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Improvement plans' })).not.toBeInTheDocument();
  });

  it('signs out with the CSRF token', async () => {
    const session = sessionReply({ displayName: 'Board Member', role: 'board' });
    const fetchStub = stubApi({
      '/api/auth/me': { body: session },
      '/api/auth/logout': { status: 204, body: null },
      '/api/plans': plans,
    });
    const { user } = renderApp('/plans');
    expect(await screen.findByRole('heading', { level: 1, name: 'Improvement plans' })).toBeInTheDocument();
    expect(screen.getByText(/Board Member/)).toHaveTextContent('(Board member)');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    const [, init] = fetchStub.mock.calls.find(([path]) => path === '/api/auth/logout')!;
    expect(new Headers(init?.headers).get('x-csrf-token')).toBe(session.csrfToken);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument());
  });
});
