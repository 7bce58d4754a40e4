import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../lib/load-document';
import { sessionReply } from '../../test/factories';
import { renderApp, signedOut, stubApi } from '../../test/render-app';

// jsdom opens no new document: what matters is which one the browser is sent to.
vi.mock('../../lib/load-document', () => ({ loadDocument: vi.fn() }));

async function signInAs(role: 'lead' | 'board' | 'forum' | 'manager', at = '/sign-in') {
  vi.mocked(loadDocument).mockClear();
  stubApi({ '/api/auth/me': signedOut(), '/api/auth/login': { body: sessionReply({ role }) } });
  const { user, unmount } = renderApp(at);
  await user.type(await screen.findByLabelText('Email'), `${role}@example.org`);
  await user.type(screen.getByLabelText('Password'), 'ragboard-demo');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(loadDocument).toHaveBeenCalled());
  unmount();
  return vi.mocked(loadDocument).mock.calls[0]![0];
}

describe('Where signing in lands', () => {
  it('takes a lead to My actions, and board and forum members to the dashboard', async () => {
    expect(await signInAs('lead')).toBe('/my-actions');
    expect(await signInAs('board')).toBe('/');
    expect(await signInAs('forum')).toBe('/');
  });

  it('still opens the page asked for, whoever signs in', async () => {
    expect(await signInAs('lead', '/sign-in?returnTo=%2Fplans')).toBe('/plans');
  });
});

describe('The demo’s sign-in page', () => {
  it('lists the demo accounts with their roles and the published password', async () => {
    stubApi({
      '/api/auth/me': signedOut(),
      '/api/site': {
        body: {
          demoData: true,
          demoPassword: 'ragboard-demo',
          demoAccounts: [
            { email: 'manager@example.org', role: 'manager', displayName: 'Partnership Manager' },
            { email: 'lead@example.org', role: 'lead', displayName: 'Sapphire Murray' },
          ],
        },
      },
    });
    renderApp('/sign-in');
    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    expect(demo).toHaveTextContent('each with the password ragboard-demo');
    expect(
      within(demo)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['manager@example.org: Partnership manager', 'lead@example.org: Action lead']);
  });

  it('lists none anywhere else', async () => {
    stubApi({ '/api/auth/me': signedOut() });
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Demo accounts' })).not.toBeInTheDocument();
  });
});
