import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { person, sessionReply } from '../../test/factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager' }) };
const sally = person({ name: 'Sally Richardson', email: 'sally@example.org', actionCount: 2 });
const neil = person({ name: 'Neil Willcocks', accountEmail: 'neil@example.org' });
const planRef = { id: '00000000-0000-4000-8000-000000000102', title: 'SEND improvement plan' };

describe('A person’s page', () => {
  it('shows how the person is reached, whether they have an account, and the links emailed to them', async () => {
    const fetchStub = stubApi({
      '/api/auth/me': manager,
      '/api/people': { body: { people: [sally, neil] } },
      [`/api/people/${sally.id}/update-requests`]: {
        body: {
          requests: [
            {
              id: '00000000-0000-4000-8000-000000000201',
              plan: planRef,
              period: '2026-11',
              createdAt: '2026-11-23T09:00:00.000Z',
              expiresAt: '2026-12-06T00:00:00.000Z',
              revokedAt: null,
              lastUsedAt: null,
              updates: 1,
              state: 'active',
              emailState: 'sent',
            },
            {
              id: '00000000-0000-4000-8000-000000000202',
              plan: planRef,
              period: '2026-10',
              createdAt: '2026-10-23T09:00:00.000Z',
              expiresAt: '2026-11-05T00:00:00.000Z',
              revokedAt: null,
              lastUsedAt: null,
              updates: 0,
              state: 'expired',
              emailState: 'sent',
            },
          ],
        },
      },
      [`POST /api/plans/${planRef.id}/periods/2026-11/update-requests/revoke`]: { body: { revoked: 1 } },
    });
    const { user } = renderApp('/people');
    const table = await screen.findByRole('table', { name: 'Everyone' });
    expect(within(table).getByRole('row', { name: /Neil Willcocks/ })).toHaveTextContent(
      'neil@example.orgYes',
    );
    await user.click(within(table).getByRole('link', { name: 'Sally Richardson' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sally Richardson' })).toBeInTheDocument();
    expect(screen.getByText('No: gives updates by emailed link')).toBeInTheDocument();
    const requests = await screen.findByRole('table', { name: 'Update requests' });
    const [november, october] = within(requests).getAllByRole('row').slice(1);
    expect(november).toHaveTextContent(
      'November 2026SEND improvement plan23 November 2026SentWorks until 5 December 2026',
    );
    expect(october).toHaveTextContent('Expired');
    expect(within(october!).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(november!).getByRole('button', { name: 'Withdraw the November 2026 link' }));
    await screen.findByRole('table', { name: 'Update requests' });
    expect(
      sentRequest(fetchStub, 'POST', `/api/plans/${planRef.id}/periods/2026-11/update-requests/revoke`)?.body,
    ).toEqual({ personId: sally.id });
  });

  it('keeps the people and the update requests in named scrolling regions, so a phone scrolls a table, not the page', async () => {
    stubApi({
      '/api/auth/me': manager,
      '/api/people': { body: { people: [sally, neil] } },
      [`/api/people/${sally.id}/update-requests`]: {
        body: {
          requests: [
            {
              id: '00000000-0000-4000-8000-000000000203',
              plan: planRef,
              period: '2026-11',
              createdAt: '2026-11-23T09:00:00.000Z',
              expiresAt: '2026-12-06T00:00:00.000Z',
              revokedAt: null,
              lastUsedAt: null,
              updates: 0,
              state: 'active',
              emailState: 'not_sent',
            },
          ],
        },
      },
    });
    const { user } = renderApp('/people');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(people).toHaveAttribute('tabindex', '0');
    expect(within(people).getByRole('table', { name: 'Everyone' })).toBeInTheDocument();

    await user.click(within(people).getByRole('link', { name: 'Sally Richardson' }));
    const requests = await screen.findByRole('region', { name: 'Update requests' });
    expect(requests).toHaveAttribute('tabindex', '0');
    expect(within(requests).getByRole('table', { name: 'Update requests' })).toBeInTheDocument();
  });
});
