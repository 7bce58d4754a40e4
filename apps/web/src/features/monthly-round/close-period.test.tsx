import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { personRef, planTree, sessionReply } from '../../test/factories';
import {
  closePreview,
  period,
  periodSummary,
  reminderPoint,
  roundReminders,
} from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const plan = planTree({ currentPeriod: '2026-11' });
const base = `/api/plans/${plan.id}`;
const october = period({ month: '2026-10', state: 'closed', deadline: '2026-10-30' });
const november = period({ month: '2026-11', deadline: '2026-11-30' });

/** The manager's round of November 2026 (open; October closed), and what closing November ends. */
function replies(periods = [october, november]) {
  const sally = personRef({ name: 'Sally Richardson' });
  const dave = personRef({ name: 'Dave Carr' });
  return {
    '/api/auth/me': { body: sessionReply({ role: 'manager' }) },
    [base]: { body: plan },
    [`${base}/periods`]: { body: { periods } },
    [`${base}/summary`]: { body: periodSummary({ planId: plan.id }) },
    [`${base}/summary?period=2026-10`]: {
      body: periodSummary({ planId: plan.id, period: '2026-10', previousPeriod: '2026-09' }),
    },
    [`${base}/periods/2026-11/reminders`]: { body: roundReminders() },
    [`${base}/periods/2026-11/close-preview`]: {
      body: closePreview({
        deadline: '2026-11-30',
        missingUpdates: [
          {
            action: { id: personRef().id, ref: '1.1.2', title: 'Publish the local offer\n- in print' },
            leads: [sally, dave].map(({ id, name }) => ({ id, name })),
          },
        ],
        liveLinks: [
          { personId: dave.id, name: 'Dave Carr', links: 1 },
          { personId: sally.id, name: 'Sally Richardson', links: 2 },
        ],
        remindersToCancel: [reminderPoint(0), reminderPoint(3)],
      }),
    },
  };
}

describe('Closing a month', () => {
  it('asks first, saying what closing ends, then says the month is closed and offers to open the next', async () => {
    stubApi(replies());
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Close November 2026' }));

    const question = screen.getByRole('region', { name: 'Close November 2026?' });
    expect(within(question).getByRole('heading', { name: 'Close November 2026?' })).toHaveFocus();
    expect(question).toHaveTextContent(
      'WarningClosing November 2026 keeps the plan as it stands: its updates can no longer be given or changed.',
    );
    const terms = await within(question).findAllByRole('term');
    expect(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent])).toEqual([
      ['Deadline', '30 November 2026: it has not passed yet'],
      ['Updates still missing', '1 update, listed below: they can no longer be given'],
      ['Personal links that stop working', '3 live links: Dave Carr (1), Sally Richardson (2)'],
      ['Scheduled reminders that will not go', '30 November 2026 at 9am, 3 December 2026 at 9am'],
    ]);
    const missing = within(question).getByRole('table', { name: 'Updates still missing for November 2026' });
    expect(within(missing).getByRole('row', { name: /^1\.1\.2 Publish the local offer/ })).toHaveTextContent(
      'Sally Richardson, Dave Carr',
    );
    expect(
      within(question).getByRole('region', { name: 'Updates still missing for November 2026' }),
    ).toHaveAttribute('tabindex', '0');

    // Closed on the server from here on: November's row is closed, and no month is open.
    const fetchStub = stubApi({
      ...replies([october, { ...november, state: 'closed' }]),
      [`POST ${base}/periods/2026-11/close`]: { body: { ...november, state: 'closed' } },
    });
    await user.click(within(question).getByRole('button', { name: 'Close November 2026' }));
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'November 2026 is closed' })).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `${base}/periods/2026-11/close`)).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'Close November 2026?' })).not.toBeInTheDocument();

    await user.click(await within(banner).findByRole('link', { name: 'Open December 2026' }));
    const month = screen.getByRole('group', { name: 'Month' });
    expect(within(month).getByLabelText('Month')).toHaveFocus();
    expect(within(month).getByLabelText('Month')).toHaveValue('12');
    expect(within(month).getByLabelText('Year')).toHaveValue('2026');
  });

  it('closes nothing when cancelled, and goes back to the month’s Close button', async () => {
    const fetchStub = stubApi(replies());
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Close November 2026' }));
    const question = screen.getByRole('region', { name: 'Close November 2026?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Close November 2026?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close November 2026' })).toHaveFocus();
    expect(sentRequest(fetchStub, 'POST', `${base}/periods/2026-11/close`)).toBeNull();
  });

  it('offers no reminders for a closed month, whose scheduled ones read "Not sent: month closed"', async () => {
    const cancelled = (days: number) => reminderPoint(days, { state: 'cancelled' });
    stubApi({
      ...replies(),
      [`${base}/periods/2026-10/reminders`]: {
        body: roundReminders({
          period: '2026-10',
          points: [reminderPoint(-7, { state: 'sent', messages: 2 }), cancelled(0), cancelled(3)],
        }),
      },
    });
    renderApp(`/plans/${plan.id}/round?period=2026-10`);
    const when = await screen.findByRole('table', { name: /What will go when, for October 2026/ });
    expect(
      within(when)
        .getAllByRole('row')
        .map((row) => row.lastElementChild?.textContent),
    ).toEqual(['State', 'Sent: 2 emails', 'Not sent: month closed', 'Not sent: month closed']);
    expect(screen.queryByRole('button', { name: /Send reminders/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'October 2026 is closed: its updates can no longer change, so no reminder goes for it.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the API’s refusal of reminders as an error summary', async () => {
    const message = 'November 2026 is closed: reminders cannot be sent for it';
    stubApi({
      ...replies(),
      [`POST ${base}/periods/2026-11/reminders`]: {
        status: 409,
        body: { error: { code: 'conflict', message } },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Send reminders for November 2026' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#send-reminders');
  });
});
