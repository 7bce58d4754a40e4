import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, sessionReply } from '../../test/factories';
import { challenge } from '../../test/forum-factories';
import { myAction } from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const forum = { body: sessionReply({ role: 'forum', displayName: 'Sam Jones', email: 'forum@example.org' }) };

/** An action page's replies, with the challenges given and nobody's comments. */
function actionReplies(challenges: object) {
  const detail = action({ ref: '1.1.1', status: 'Green' });
  return {
    detail,
    replies: {
      [`/api/actions/${detail.id}`]: { body: detail },
      [`/api/actions/${detail.id}/updates`]: { body: { updates: [] } },
      [`/api/actions/${detail.id}/comments`]: { body: { comments: [], mayComment: false } },
      [`/api/actions/${detail.id}/challenges`]: { body: challenges },
    },
  };
}

describe('challenges of an action’s status', () => {
  it('lets the forum challenge the status it sees, refused first without a reason', async () => {
    const { detail, replies } = actionReplies({ challenges: [], mayChallenge: true, mayAnswer: false });
    const raised = challenge({ action: { id: detail.id, ref: '1.1.1', title: detail.title } });
    const fetchStub = stubApi({
      ...replies,
      '/api/auth/me': forum,
      [`POST /api/actions/${detail.id}/challenges`]: { status: 201, body: raised },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Challenges' });
    expect(
      await within(section).findByText('No one has challenged this action’s status.'),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Challenge this status' }));
    expect(await within(section).findByText('Say why you do not agree with this status')).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/actions/${detail.id}/challenges`)).toBeNull();

    const reason = 'Families tell us the waiting list has grown';
    await user.type(within(section).getByLabelText('Why do you not agree this action is Green?'), reason);
    await user.click(within(section).getByRole('button', { name: 'Challenge this status' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Your challenge is sent');
    expect(sentRequest(fetchStub, 'POST', `/api/actions/${detail.id}/challenges`)?.body).toEqual({
      status: 'Green',
      reason,
    });
  });

  it('shows the lead an open challenge on the action and sends their answer with the version seen', async () => {
    const open = challenge({ version: 3 });
    const { detail, replies } = actionReplies({ challenges: [open], mayChallenge: false, mayAnswer: true });
    const lead = sessionReply({
      role: 'lead',
      personId: detail.leads[0]!.id,
      displayName: 'Sapphire Murray',
    });
    const answered = {
      ...open,
      state: 'answered',
      answer: { text: 'x', by: 'y', at: open.raisedAt },
      version: 4,
    };
    const fetchStub = stubApi({
      ...replies,
      '/api/auth/me': { body: lead },
      [`POST /api/challenges/${open.id}/answer`]: { body: answered },
    });
    const { user } = renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Challenges' });
    expect(
      await within(section).findByRole('heading', {
        level: 3,
        name: /Challenge of Green.*for November 2026/,
      }),
    ).toBeInTheDocument();
    expect(within(section).getByText('Awaiting an answer')).toBeInTheDocument();
    expect(within(section).getByText('Why they do not agree').nextElementSibling).toHaveTextContent(
      open.reason,
    );
    expect(within(section).getByText('Raised by').nextElementSibling).toHaveTextContent(
      'Sam Jones on 20 November 2026',
    );
    expect(within(section).queryByRole('button', { name: 'Challenge this status' })).not.toBeInTheDocument();

    const answer = 'The new clinic opens in January: the action is on target';
    await user.type(within(section).getByLabelText('Your answer'), answer);
    await user.click(within(section).getByRole('button', { name: 'Send answer to the challenge of Green' }));
    await screen.findByRole('region', { name: 'Challenges' });
    const sent = sentRequest(fetchStub, 'POST', `/api/challenges/${open.id}/answer`);
    expect(sent?.body).toEqual({ answer });
    expect(sent?.headers).toMatchObject({ 'if-match': '"3"' });
  });

  it('shows a board member a challenge with its answer, and no form', async () => {
    const answered = challenge({
      state: 'answered',
      answer: {
        text: 'On target: the clinic opens in January',
        by: 'Sapphire Murray',
        at: '2026-11-22T09:00:00.000Z',
      },
    });
    const { detail, replies } = actionReplies({
      challenges: [answered],
      mayChallenge: false,
      mayAnswer: false,
    });
    stubApi(replies);
    renderApp(`/actions/${detail.id}`);
    const section = await screen.findByRole('region', { name: 'Challenges' });
    expect(await within(section).findByText('Answered')).toBeInTheDocument();
    expect(within(section).getByText('Answer').nextElementSibling).toHaveTextContent(
      'On target: the clinic opens in JanuarySapphire Murray on 22 November 2026',
    );
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('lists the challenges a lead must answer on My actions, each linking to its action', async () => {
    const lead = sessionReply({ role: 'lead', personId: '00000000-0000-4000-8000-00000000beef' });
    const open = challenge({
      action: {
        id: '00000000-0000-4000-8000-00000000cafe',
        ref: '3.4.6',
        title: 'Assess in 20 weeks\n- all',
      },
    });
    stubApi({
      '/api/auth/me': { body: lead },
      '/api/my/actions': { body: { items: [myAction()] } },
      '/api/my/challenges': { body: { challenges: [open] } },
    });
    renderApp('/my-actions');
    const section = await screen.findByRole('region', { name: 'Challenges to answer (1)' });
    expect(within(section).getByRole('link', { name: '3.4.6 Assess in 20 weeks' })).toHaveAttribute(
      'href',
      `/actions/${open.action.id}`,
    );
    expect(section).toHaveTextContent('Green (on target) challenged by Sam Jones on 20 November 2026');
  });
});
