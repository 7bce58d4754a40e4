import { UPDATE_REQUEST_HEADER } from '@ragboard/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { attachment } from '../../test/factories';
import { challenge } from '../../test/forum-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { requestSheet, sheetItem } from '../../test/update-sheet-factories';

const token = 'B'.repeat(43);

describe('the link page’s evidence and challenges (decision 051)', () => {
  it('attaches a file to an action given this month, through the link, and answers an open challenge', async () => {
    const base = requestSheet();
    const [given, notYet] = base.sections[0]!.items as [
      (typeof base.sections)[0]['items'][0],
      (typeof base.sections)[0]['items'][0],
    ];
    const sheet = {
      ...base,
      sections: [
        {
          ...base.sections[0]!,
          items: [
            sheetItem({
              ...given,
              given: {
                status: 'Green',
                note: 'Met',
                revisedDue: null,
                createdAt: '2026-11-20T10:00:00.000Z',
              },
            }),
            notYet,
          ],
        },
      ],
    };
    const open = challenge({ action: { id: given.action.id, ref: '1.1.1', title: 'Review complaints' } });
    const file = {
      ...attachment({ statusUpdateId: null }),
      actionId: given.action.id,
      fileName: 'Minutes.pdf',
    };
    const fetchStub = stubApi({
      '/api/update-request': { body: sheet },
      '/api/update-request/files': { body: { files: [] } },
      '/api/update-request/challenges': { body: { challenges: [open] } },
      [`POST /api/update-request/actions/${given.action.id}/attachments`]: { status: 201, body: file },
      [`POST /api/update-request/challenges/${open.id}/answer`]: {
        body: {
          ...open,
          state: 'answered',
          answer: { text: 'Done', by: 'Sally Richardson', at: open.raisedAt },
        },
      },
    });
    const { user } = renderApp(`/update/${token}`);
    await screen.findByRole('heading', { level: 2, name: 'Evidence' });
    // 1.1.2 has no update this month yet: nothing to attach a file to.
    expect(
      screen.getByText('Save this month’s update for 1.1.2 first, then attach evidence to it.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Attach file to 1.1.1' }));
    expect(
      await screen.findByText('Select a file to attach', {
        selector: '.govuk-error-message *, .govuk-error-message',
      }),
    ).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Attach a file to 1.1.1'),
      new File(['%PDF-1.4'], 'Minutes.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByRole('button', { name: 'Attach file to 1.1.1' }));
    const sent = await waitFor(() => {
      const request = sentRequest(
        fetchStub,
        'POST',
        `/api/update-request/actions/${given.action.id}/attachments`,
      );
      if (!request) throw new Error('not sent yet');
      return request;
    });
    expect(sent.headers).toMatchObject({ [UPDATE_REQUEST_HEADER]: token });
    expect((sent.body as FormData).get('file')).toBeInstanceOf(File);

    const challenges = screen.getByRole('heading', { level: 2, name: 'Challenges' }).parentElement!;
    expect(within(challenges).getByText(open.reason)).toBeInTheDocument();
    await user.click(within(challenges).getByRole('button', { name: 'Send answer on 1.1.1' }));
    expect(
      await within(challenges).findByText('Enter your answer to the challenge', { exact: false }),
    ).toBeInTheDocument();
    await user.type(
      within(challenges).getByLabelText('Your answer to this challenge', { exact: false }),
      'Done',
    );
    await user.click(within(challenges).getByRole('button', { name: 'Send answer on 1.1.1' }));
    expect(await screen.findByText('Your answer has been sent.')).toBeInTheDocument();
    const answered = sentRequest(fetchStub, 'POST', `/api/update-request/challenges/${open.id}/answer`);
    expect(answered?.body).toEqual({ answer: 'Done' });
    expect(answered?.headers).toMatchObject({ [UPDATE_REQUEST_HEADER]: token, 'if-match': '"1"' });
  });
});
