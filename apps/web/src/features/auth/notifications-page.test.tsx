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
      '/api/account/notifications': { body: { enabled: ALL.filter((k) => k !== 'sign-off-awaited') } },
      'PUT /api/account/notifications': { body: { enabled: ['challenge-answered', 'sign-off-refused'] } },
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
    });
  });
});
