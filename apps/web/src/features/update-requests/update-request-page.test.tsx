import { UPDATE_REQUEST_HEADER } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { statusUpdate } from '../../test/factories';
import { action } from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';
import { linkRefusal, requestSheet } from '../../test/update-sheet-factories';

const token = 'A'.repeat(43);

describe('a lead’s personal update link', () => {
  it('lists the lead’s due actions with last month’s note, checks each by the plan’s rules, and sends them together', async () => {
    const sheet = requestSheet();
    const [first, second] = sheet.sections[0]!.items.map((i) => i.action) as [
      (typeof sheet.sections)[0]['items'][0]['action'],
      (typeof sheet.sections)[0]['items'][0]['action'],
    ];
    const fetchStub = stubApi({
      '/api/update-request': { body: sheet },
      'POST /api/update-request/updates': {
        status: 201,
        body: {
          results: [
            {
              update: statusUpdate({ status: 'Green', period: '2026-11' }),
              action: action({ ...first, ref: '1.1.1' }),
            },
          ],
        },
      },
    });
    const { user } = renderApp(`/update/${token}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your November 2026 update' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/It works until 5 December 2026/)).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'GET', '/api/update-request')?.headers).toMatchObject({
      [UPDATE_REQUEST_HEADER]: token,
    });
    const firstItem = screen.getByRole('region', { name: 'Action 1.1.1' });
    expect(within(firstItem).getByText('October 2026: Green. October: the group met')).toBeInTheDocument();
    // Last month's note is beside the box, never in it (decision 053).
    expect(within(firstItem).getByText('October 2026’s note:').parentElement).toHaveTextContent(
      'October 2026’s note: October: the group met',
    );
    expect(within(firstItem).getByLabelText('Progress note for 1.1.1')).toHaveValue('');
    const secondItem = screen.getByRole('region', { name: 'Action 1.1.2' });

    // Nothing chosen: the shared schema's message.
    await user.click(screen.getByRole('button', { name: 'Save all updates' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Choose a status for at least one action')).toBeInTheDocument();

    // A Red with no new date, and a note changed with no status: each named by its action.
    await user.click(within(secondItem).getByRole('radio', { name: 'Red' }));
    await user.type(within(firstItem).getByLabelText('Progress note for 1.1.1'), 'Workshops booked');
    await user.click(screen.getByRole('button', { name: 'Save all updates' }));
    const errors = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(errors.map((e) => e.textContent)).toEqual([
      '1.1.1: Select a status, or undo your change to the note',
      expect.stringMatching(/^1\.1\.2: .*completion date/),
      expect.stringMatching(/^1\.1\.2: .*note/i),
    ]);
    await user.click(errors[0]!);
    expect(within(firstItem).getByRole('radio', { name: 'Grey' })).toHaveFocus();
    expect(sentRequest(fetchStub, 'POST', '/api/update-request/updates')).toBeNull();

    // Only the action given a status is sent, with the version shown, through the link.
    await user.click(within(firstItem).getByRole('radio', { name: 'Green' }));
    await user.click(within(secondItem).getByRole('radio', { name: 'Grey' }));
    // Grey needs no note; 1.1.2 left Grey is a real choice, so it is sent too.
    await user.click(screen.getByRole('button', { name: 'Save all updates' }));
    expect(await screen.findByRole('heading', { name: 'Update saved' })).toBeInTheDocument();
    const sent = sentRequest(fetchStub, 'POST', '/api/update-request/updates')!;
    expect(sent.headers).toMatchObject({ [UPDATE_REQUEST_HEADER]: token });
    expect(sent.body).toEqual({
      updates: [
        {
          actionId: first.id,
          version: first.version,
          period: '2026-11',
          status: 'Green',
          note: 'Workshops booked',
          revisedDue: null,
        },
        {
          actionId: second.id,
          version: second.version,
          period: '2026-11',
          status: 'Grey',
          note: null,
          revisedDue: null,
        },
      ],
    });
  });

  it('offers “No change since last month” where there was an earlier update, and sends it as that answer, not a note', async () => {
    const sheet = requestSheet();
    const first = sheet.sections[0]!.items[0]!.action;
    const fetchStub = stubApi({
      '/api/update-request': { body: sheet },
      'POST /api/update-request/updates': {
        status: 201,
        body: {
          results: [
            {
              update: statusUpdate({ status: first.status, period: '2026-11', noChange: true }),
              action: action({ ...first, ref: '1.1.1' }),
            },
          ],
        },
      },
    });
    const { user } = renderApp(`/update/${token}`);
    const firstItem = await screen.findByRole('region', { name: 'Action 1.1.1' });
    // 1.1.2 has no earlier update: nothing to repeat.
    expect(
      within(screen.getByRole('region', { name: 'Action 1.1.2' })).queryByRole('checkbox'),
    ).not.toBeInTheDocument();
    await user.click(
      within(firstItem).getByRole('checkbox', { name: `No change since last month (stays ${first.status})` }),
    );
    // The answer stands for the status and the note: neither is asked.
    expect(within(firstItem).queryByLabelText('Progress note for 1.1.1')).not.toBeInTheDocument();
    expect(within(firstItem).queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save all updates' }));
    expect(await screen.findByRole('heading', { name: 'Update saved' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', '/api/update-request/updates')!.body).toEqual({
      updates: [
        {
          actionId: first.id,
          version: first.version,
          period: '2026-11',
          status: first.status,
          noChange: true,
        },
      ],
    });
  });

  it.each([
    ['expired', 'This link has expired'],
    ['revoked', 'This link has been withdrawn'],
    ['not-recognised', 'This link does not work'],
    ['period-closed', 'Updates for this month have closed'],
  ] as const)(
    'says what happened to a %s link and who to contact, and offers no form',
    async (reason, title) => {
      stubApi({
        '/api/update-request': linkRefusal({
          reason,
          planTitle: reason === 'not-recognised' ? null : 'SEND improvement plan',
          period: reason === 'not-recognised' ? null : '2026-11',
          contact: { name: 'Pat Manager', email: 'pat@example.org' },
        }),
      });
      renderApp(`/update/${token}`);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'pat@example.org' })).toHaveAttribute(
        'href',
        'mailto:pat@example.org',
      );
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    },
  );
});
