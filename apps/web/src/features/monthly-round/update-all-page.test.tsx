import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionReply } from '../../test/factories';
import { action } from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { requestSheet } from '../../test/update-sheet-factories';

const lead = { body: sessionReply({ role: 'lead', personId: '00000000-0000-4000-8000-000000000101' }) };

describe('Update all due actions, signed in', () => {
  it('is offered from My actions, and after someone else’s change asks the lead to check it and save again', async () => {
    const { person, sections } = requestSheet();
    const first = sections[0]!.items[0]!.action;
    const fetchStub = stubApi({
      '/api/auth/me': lead,
      '/api/my/actions': { body: { items: [] } },
      '/api/my/update-sheet': { body: { person, sections } },
      'POST /api/my/updates': {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'Someone else changed an action',
            details: {
              conflicts: [
                {
                  actionId: first.id,
                  action: action({ ...first, status: 'Amber', version: first.version + 1 }),
                },
              ],
            },
          },
        },
      },
    });
    const { user } = renderApp('/my-actions');
    await user.click(await screen.findByRole('link', { name: 'Update all due actions on one page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update all due actions' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'SEND improvement plan' }),
    ).toBeInTheDocument();
    const item = screen.getByRole('region', { name: 'Action 1.1.1' });
    await user.click(within(item).getByRole('radio', { name: 'Green' }));
    await user.type(within(item).getByLabelText('Progress note for 1.1.1'), 'Workshops booked');
    await user.click(screen.getByRole('button', { name: 'Save all updates' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: '1.1.1 was changed by someone else while you were working: it is now Amber. Check it, then save again.',
      }),
    ).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/my/updates')!.body.updates[0]).toMatchObject({
      actionId: first.id,
      version: first.version,
      status: 'Green',
    });
  });

  it('shows a board member no sheet to fill in, but a page saying they cannot give updates', async () => {
    const fetchStub = stubApi({ '/api/auth/me': { body: sessionReply({ role: 'board' }) } });
    renderApp('/my-actions/update-all');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot give updates' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(fetchStub.mock.calls.some(([path]) => String(path) === '/api/my/update-sheet')).toBe(false);
  });
});
