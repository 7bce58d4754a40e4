import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, sessionReply } from '../../test/factories';
import { comment } from '../../test/forum-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

describe('comments on an action', () => {
  it('shows what was said, oldest first, with who said it, and lets the forum add to it', async () => {
    const detail = action();
    const said = [
      comment({ actionId: detail.id }),
      comment({
        actionId: detail.id,
        text: 'The leaflet goes out next week.',
        author: 'Sapphire Murray',
        authorRole: 'lead',
      }),
    ];
    const fetchStub = stubApi({
      '/api/auth/me': { body: sessionReply({ role: 'forum' }) },
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/challenges`]: {
        body: { challenges: [], mayChallenge: true, mayAnswer: false },
      },
      [`/api/actions/${detail.id}/comments`]: { body: { comments: said, mayComment: true } },
      [`POST /api/actions/${detail.id}/comments`]: { status: 201, body: said[0] },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Comments' });
    const entries = await within(section).findAllByRole('heading', { level: 3 });
    expect(entries.map((e) => e.textContent)).toEqual([
      'Sam Jones (Parent carer forum / young people’s representative), 18 November 2026',
      'Sapphire Murray (Action lead), 18 November 2026',
    ]);
    await user.click(within(section).getByRole('button', { name: 'Add comment' }));
    expect(await within(section).findByText('Enter your comment')).toBeInTheDocument();
    await user.type(within(section).getByLabelText('Add a comment'), 'Thank you');
    await user.click(within(section).getByRole('button', { name: 'Add comment' }));
    await within(section).findByRole('button', { name: 'Add comment' });
    expect(sentRequest(fetchStub, 'POST', `/api/actions/${detail.id}/comments`)?.body).toEqual({
      text: 'Thank you',
    });
  });

  it('offers a board member no comment box', async () => {
    const detail = action();
    stubApi({
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/comments`]: { body: { comments: [], mayComment: false } },
    });
    renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Comments' });
    expect(await within(section).findByText('No comments yet.')).toBeInTheDocument();
    expect(within(section).queryByLabelText('Add a comment')).not.toBeInTheDocument();
  });
});
