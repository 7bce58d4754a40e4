import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const lead = sessionReply({ role: 'lead', displayName: 'Sapphire Murray' });
const ALL = ['challenge-raised', 'challenge-answered', 'sign-off-awaited', 'sign-off-refused'];

describe('Choosing your email notifications', () => {
  it('is linked from the header, shows a checkbox per kind as saved, and saves what is unticked', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': { body: lead },
      '/api/account/notifications': {
        body: { enabled: ALL.filter((k) => k !== 'sign-off-awaited'), version: 11 },
      },
      'PUT /api/account/notifications': {
        body: { enabled: ['challenge-answered', 'sign-off-refused'], version: 10 },
      },
    });
    const { user } = renderApp('/accessibility');
    await user.click(await screen.findByRole('link', { name: 'Email notifications' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Email notifications' })).toBeInTheDocument();
    const raised = await screen.findByRole('checkbox', { name: 'A status is challenged' });
    expect(raised).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A challenge is answered' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A Blue awaits sign-off' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A sign-off is refused' })).toBeChecked();

    await user.click(raised);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(await screen.findByText('Your email choices have been saved')).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'PUT', '/api/account/notifications')?.body).toEqual({
      enabled: ['challenge-answered', 'sign-off-refused'],
      version: 11,
    });
  });

  it('after a change made elsewhere meanwhile, shows the choice as saved now and asks to choose again', async () => {
    const now = { enabled: ['sign-off-refused'], version: 8 };
    const fetchStub = stubApi({
      '/api/auth/me': { body: lead },
      '/api/account/notifications': { body: { enabled: ALL, version: 15 } },
      'PUT /api/account/notifications': {
        status: 409,
        body: {
          error: { code: 'stale_version', message: 'Changed by someone else', details: { current: now } },
        },
      },
    });
    const { user } = renderApp('/account/notifications');
    await user.click(await screen.findByRole('checkbox', { name: 'A status is challenged' }));
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('Your choices were changed somewhere else while this page was open');
    expect(screen.getByRole('checkbox', { name: 'A status is challenged' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A sign-off is refused' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A challenge is answered' })).not.toBeChecked();
    // Saving again names the version now shown.
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    await screen.findByRole('alert');
    const sent = fetchStub.mock.calls.filter(
      ([url, init]) =>
        String(url).endsWith('/api/account/notifications') &&
        (init as RequestInit | undefined)?.method === 'PUT',
    );
    expect(JSON.parse(String((sent.at(-1)![1] as RequestInit).body))).toEqual({
      enabled: ['sign-off-refused'],
      version: 8,
    });
  });
});
