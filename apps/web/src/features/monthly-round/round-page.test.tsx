import { roundRemindersSchema } from '@ragboard/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  actionNode,
  outcomeNode,
  personRef,
  planTree,
  priorityNode,
  sessionReply,
} from '../../test/factories';
import { challenge } from '../../test/forum-factories';
import {
  action,
  actionBrief,
  outboxMessage,
  period,
  periodSummary,
} from '../../test/monthly-round-factories';
import { renderApp, sentRequest, stubApi } from '../../test/render-app';

const manager = { body: sessionReply({ role: 'manager', displayName: 'Partnership Manager' }) };

function seeded() {
  const [a1, a2, a3, q1] = [
    actionNode({ ref: '1.1.1', title: 'Review complaints' }),
    actionNode({ ref: '1.1.2', title: 'Publish the local offer' }),
    actionNode({ ref: '1.1.3', title: 'Train the panel', status: 'Blue' }),
    actionNode({ ref: '2.1.1', title: 'Quarterly report' }),
  ] as const;
  const monthly = priorityNode({
    ref: '1',
    title: 'Improving Outcomes',
    deliveryGroup: {
      name: 'Outcomes Delivery Group',
      leadRole: null,
      lead: null,
      reportingCadence: 'monthly',
      byException: false,
    },
    outcomes: [outcomeNode({ actions: [a1, a2, a3] })],
  });
  const quarterly = priorityNode({
    ref: '2',
    title: 'Communications',
    outcomes: [outcomeNode({ actions: [q1] })],
  });
  const plan = planTree({ priorities: [monthly, quarterly], currentPeriod: '2026-11' });
  const sapphire = personRef({ name: 'Sapphire Murray', organisation: 'Lancashire County Council' });
  const brief = (a: typeof a1) => actionBrief({ id: a.id, ref: a.ref, title: a.title, status: a.status });
  const summary = periodSummary({
    planId: plan.id,
    byPriority: [
      {
        id: monthly.id,
        ref: '1',
        title: 'Improving Outcomes',
        counts: { Grey: 0, Blue: 1, Green: 2, Amber: 0, Red: 0 },
        total: 3,
      },
      {
        id: quarterly.id,
        ref: '2',
        title: 'Communications',
        counts: { Grey: 0, Blue: 0, Green: 1, Amber: 0, Red: 0 },
        total: 1,
      },
    ],
    movement: { ...periodSummary().movement, newlyBlue: [brief(a3)] },
    missing: [{ action: brief(a2), leads: [sapphire] }],
    round: [
      {
        id: monthly.id,
        ref: '1',
        title: 'Improving Outcomes',
        deliveryGroup: 'Outcomes Delivery Group',
        cadence: 'monthly',
        byException: false,
        due: 3,
        received: 2,
        missing: 1,
      },
      {
        id: quarterly.id,
        ref: '2',
        title: 'Communications',
        deliveryGroup: null,
        cadence: 'quarterly',
        byException: true,
        due: 0,
        received: 0,
        missing: 0,
      },
    ],
    awaitingSignOff: [brief(a1), brief(a2)],
    warnings: [
      { kind: 'note-unchanged', message: 'The progress note is the same as last month’s', action: brief(a1) },
      { kind: 'amber-for-three-periods', message: 'Amber for three periods or more', action: brief(a2) },
      {
        kind: 'red-without-new-date',
        message: 'Red without a new completion date: its lead should give one',
        action: brief(a3),
      },
    ],
  });
  const replies = {
    '/api/auth/me': manager,
    [`/api/plans/${plan.id}`]: { body: plan },
    [`/api/plans/${plan.id}/periods`]: {
      body: { periods: [period({ month: '2026-10', state: 'closed' }), period()] },
    },
    [`/api/plans/${plan.id}/summary`]: { body: summary },
  };
  return { plan, a1, a2, replies };
}

function postOf(fetchStub: ReturnType<typeof stubApi>, path: string) {
  const call = fetchStub.mock.calls.find(([p, init]) => p === path && init?.method === 'POST');
  return call ? JSON.parse(String(call[1]?.body ?? 'null')) : undefined;
}

describe('Monthly round', () => {
  it('counts updates received against those due by cadence, and lists the missing ones by lead', async () => {
    const { plan, replies } = seeded();
    stubApi(replies);
    renderApp(`/plans/${plan.id}/round`);

    expect(await screen.findByText('2 of 3 updates due for November 2026 received')).toBeInTheDocument();
    const groups = screen.getByRole('table', { name: 'By delivery group' });
    expect(within(groups).getByRole('row', { name: /^1\. Improving Outcomes/ })).toHaveTextContent(
      'Monthly321',
    );
    expect(within(groups).getByRole('row', { name: /^2\. Communications/ })).toHaveTextContent(
      'Quarterly, or by exception000',
    );
    const byLead = screen.getByRole('table', { name: 'Missing updates by lead' });
    const row = within(byLead).getByRole('row', { name: /Sapphire Murray/ });
    expect(row).toHaveTextContent('Lancashire County Council');
    expect(within(row).getByRole('link', { name: '1.1.2 Publish the local offer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Period')).toHaveValue('2026-11');
  });

  it('lists the challenges awaiting an answer, each linking to its action', async () => {
    const { plan, a1, replies } = seeded();
    const open = challenge({ planId: plan.id, action: { id: a1.id, ref: a1.ref, title: a1.title } });
    stubApi({
      ...replies,
      [`/api/plans/${plan.id}/challenges?state=open`]: { body: { challenges: [open] } },
    });
    renderApp(`/plans/${plan.id}/round`);
    const section = await screen.findByRole('region', { name: 'Challenges awaiting an answer' });
    expect(await within(section).findByRole('link', { name: '1.1.1 Review complaints' })).toHaveAttribute(
      'href',
      `/actions/${a1.id}`,
    );
    expect(section).toHaveTextContent(open.reason);
  });

  it('groups the warnings by kind under readable headings', async () => {
    const { plan, replies } = seeded();
    stubApi(replies);
    renderApp(`/plans/${plan.id}/round`);
    expect(
      await screen.findByRole('heading', { name: 'Amber for three months or more (1)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Progress note unchanged since last month (1)' }),
    ).toBeInTheDocument();
    const red = screen.getByRole('heading', { name: 'Red without a new completion date (1)' });
    expect(red.nextElementSibling).toHaveTextContent(
      'Red without a new completion date: its lead should give one',
    );
  });

  it('asks to confirm a sign-off, with a note, then names it in a success banner with "Undo"', async () => {
    const { plan, a1, replies } = seeded();
    const fetchStub = stubApi({
      ...replies,
      [`POST /api/actions/${a1.id}/sign-off`]: { body: action({ ...a1, status: 'Blue', version: 7 }) },
      [`POST /api/actions/${a1.id}/sign-off/undo`]: { body: action({ ...a1, version: 8 }) },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Sign off 1.1.1' }));
    // Nothing is sent until it is confirmed; the note box takes focus, and Cancel gives it back.
    expect(postOf(fetchStub, `/api/actions/${a1.id}/sign-off`)).toBeUndefined();
    expect(screen.getByLabelText('Note on the sign-off of 1.1.1 (optional)')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Sign off 1.1.1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Sign off 1.1.1' }));
    await user.type(screen.getByLabelText('Note on the sign-off of 1.1.1 (optional)'), 'Evidence seen');
    await user.click(screen.getByRole('button', { name: 'Confirm sign-off of 1.1.1' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveFocus();
    expect(within(banner).getByRole('heading', { level: 3 })).toHaveTextContent(
      '1.1.1 Review complaints is signed off: it is now Blue.',
    );
    expect(postOf(fetchStub, `/api/actions/${a1.id}/sign-off`)).toEqual({ note: 'Evidence seen' });

    await user.click(within(banner).getByRole('button', { name: 'Undo the sign-off of 1.1.1' }));
    expect(
      await screen.findByText('Sign-off of 1.1.1 undone: it awaits sign-off again, and stays Green.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Success' })).not.toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `/api/actions/${a1.id}/sign-off/undo`)?.headers).toMatchObject({
      'if-match': '"7"',
    });
  });

  it('says why an undo was refused, once the month has closed', async () => {
    const { plan, a1, replies } = seeded();
    stubApi({
      ...replies,
      [`POST /api/actions/${a1.id}/sign-off`]: { body: action({ ...a1, status: 'Blue' }) },
      [`POST /api/actions/${a1.id}/sign-off/undo`]: {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'November 2026 is closed: its sign-off can no longer be undone',
          },
        },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Sign off 1.1.1' }));
    await user.click(screen.getByRole('button', { name: 'Confirm sign-off of 1.1.1' }));
    await user.click(await screen.findByRole('button', { name: 'Undo the sign-off of 1.1.1' }));
    expect(
      await screen.findByText('November 2026 is closed: its sign-off can no longer be undone'),
    ).toBeInTheDocument();
  });

  it('refuses a Blue only with a reason', async () => {
    const { plan, a2, replies } = seeded();
    const fetchStub = stubApi({
      ...replies,
      [`POST /api/actions/${a2.id}/sign-off/reject`]: { body: action({ ...a2 }) },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);

    await user.click(await screen.findByRole('button', { name: 'Refuse 1.1.2' }));
    const reason = screen.getByLabelText('Why is 1.1.2 not signed off?');
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Refuse sign-off of 1.1.2' }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Error: Say why it is not signed off'),
    );
    expect(postOf(fetchStub, `/api/actions/${a2.id}/sign-off/reject`)).toBeUndefined();
    await user.type(reason, 'The evidence is not attached');
    await user.click(screen.getByRole('button', { name: 'Refuse sign-off of 1.1.2' }));
    expect(await screen.findByText('Sign-off of 1.1.2 refused: it stays Green.')).toBeInTheDocument();
    expect(postOf(fetchStub, `/api/actions/${a2.id}/sign-off/reject`)).toEqual({
      reason: 'The evidence is not attached',
    });
  });

  it('opens the next period with a deadline', async () => {
    const { plan, replies } = seeded();
    const fetchStub = stubApi({
      ...replies,
      [`POST /api/plans/${plan.id}/periods`]: { status: 201, body: period({ month: '2026-12' }) },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    const month = await screen.findByRole('group', { name: 'Month' });
    expect(within(month).getByLabelText('Month')).toHaveValue('12');
    expect(within(month).getByLabelText('Year')).toHaveValue('2026');
    await user.click(screen.getByRole('button', { name: 'Open period' }));
    expect(await screen.findByRole('link', { name: 'Enter the deadline for updates' })).toHaveAttribute(
      'href',
      '#deadline',
    );
    const deadline = screen.getByRole('group', { name: 'Deadline for updates' });
    await user.type(within(deadline).getByLabelText('Day'), '24');
    await user.type(within(deadline).getByLabelText('Month'), '12');
    await user.type(within(deadline).getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Open period' }));
    expect(await screen.findByText('December 2026 is open for updates.')).toBeInTheDocument();
    expect(postOf(fetchStub, `/api/plans/${plan.id}/periods`)).toEqual({
      month: '2026-12',
      deadline: '2026-12-24',
      graceDays: 5,
    });
  });

  it('sends reminders and shows what happened to them, and the month’s emails', async () => {
    const { plan, replies } = seeded();
    const messages = [
      outboxMessage(),
      outboxMessage({ toName: 'Sally Richardson', toAddress: 'sally@example.org' }),
    ];
    stubApi({
      ...replies,
      [`POST /api/plans/${plan.id}/periods/2026-11/reminders`]: {
        body: {
          messages,
          unreachable: [
            { personId: personRef().id, name: 'Neil Willcocks', actions: 2, reason: 'no-email' },
            { personId: personRef().id, name: 'Dave Carr', actions: 1, reason: 'no-link' },
          ],
          mailConfigured: false,
        },
      },
      [`/api/plans/${plan.id}/outbox?period=2026-11`]: { body: { messages } },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByRole('button', { name: 'Send reminders for November 2026' }));
    expect(
      await screen.findByText('2 emails kept unsent because no mail server is configured.'),
    ).toBeInTheDocument();
    const result = screen.getByText(/kept unsent because no mail server/).parentElement!;
    expect(within(result).getByText(/^Leads with no email address/).nextElementSibling).toHaveTextContent(
      'Neil Willcocks (2 actions)',
    );
    expect(within(result).getByText(/^Leads with no account/).nextElementSibling).toHaveTextContent(
      'Dave Carr (1 action)',
    );
    const emails = await screen.findByRole('table', { name: 'Emails' });
    expect(within(emails).getByRole('row', { name: /Sally Richardson/ })).toHaveTextContent(
      'Not sent: no mail server',
    );
  });

  it('shows what the schedule sends when, who cannot be reminded, and saves a new schedule with If-Match', async () => {
    const { plan, replies } = seeded();
    const schedule = { enabled: true, offsets: [-7, 0, 3], escalate: true, version: 1 };
    const reminders = roundRemindersSchema.parse({
      period: '2026-11',
      deadline: '2026-11-30',
      openUntil: '2026-12-05',
      schedule,
      points: [
        {
          offsetDays: -7,
          at: '2026-11-23T09:00:00.000Z',
          escalate: false,
          state: 'sent',
          ranAt: '2026-11-23T09:00:00.000Z',
          messages: 4,
        },
        {
          offsetDays: 0,
          at: '2026-11-30T09:00:00.000Z',
          escalate: false,
          state: 'planned',
          ranAt: null,
          messages: null,
        },
        {
          offsetDays: 3,
          at: '2026-12-03T09:00:00.000Z',
          escalate: true,
          state: 'planned',
          ranAt: null,
          messages: null,
        },
      ],
      leads: [
        {
          personId: personRef().id,
          name: 'Sally Richardson',
          email: 'sally@example.org',
          hasAccount: false,
          due: 2,
          missing: 2,
        },
        {
          personId: personRef().id,
          name: 'Neil Willcocks',
          email: null,
          hasAccount: false,
          due: 1,
          missing: 1,
        },
      ],
      activeLinks: 3,
      mailConfigured: true,
    });
    const fetchStub = stubApi({
      ...replies,
      [`/api/plans/${plan.id}/periods/2026-11/reminders`]: { body: reminders },
      [`PUT /api/plans/${plan.id}/reminder-schedule`]: {
        body: { ...schedule, offsets: [-3, 1], version: 2 },
      },
      [`POST /api/plans/${plan.id}/periods/2026-11/update-requests/revoke`]: { body: { revoked: 3 } },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    const when = await screen.findByRole('table', { name: /What will go when, for November 2026/ });
    const rows = within(when).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '23 November 2026 at 9am (7 days before)Each lead still missing an updateSent: 4 emails',
      '30 November 2026 at 9am (on the deadline)Each lead still missing an updatePlanned',
      '3 December 2026 at 9am (3 days after)Each lead still missing an update, copied to their delivery group’s lead' +
        'Planned',
    ]);
    const leads = screen.getByRole('table', { name: 'Leads with actions due an update in November 2026' });
    expect(within(leads).getByRole('row', { name: /Neil Willcocks/ })).toHaveTextContent(
      'Cannot be reminded: no email',
    );

    await user.click(screen.getByText('Change when reminders go'));
    const days = screen.getByLabelText('Days from each month’s deadline');
    await user.clear(days);
    await user.type(days, '-3, 40');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Reminders go at most 31 days after the deadline',
      }),
    ).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '-3, 1');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText('Schedule saved.');
    expect(sentRequest(fetchStub, 'PUT', `/api/plans/${plan.id}/reminder-schedule`)).toMatchObject({
      body: { enabled: true, escalate: true, offsets: [-3, 1] },
      headers: expect.objectContaining({ 'if-match': '"1"' }),
    });

    await user.click(screen.getByRole('button', { name: 'Withdraw all 3 live links for November 2026' }));
    expect(await screen.findByText('3 links withdrawn.')).toBeInTheDocument();
  });

  it('never shows a board member the round’s forms', async () => {
    const { plan, replies } = seeded();
    stubApi({ ...replies, '/api/auth/me': { body: sessionReply({ role: 'board' }) } });
    renderApp(`/plans/${plan.id}/round`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Sign off|Open period|Send reminders/ }),
    ).not.toBeInTheDocument();
  });

  it('links the manager, and only the manager, from the plan to its round', async () => {
    const { plan, replies } = seeded();
    stubApi(replies);
    const { unmount } = renderApp(`/plans/${plan.id}`);
    expect(await screen.findByRole('link', { name: /^Monthly round/ })).toHaveAttribute(
      'href',
      `/plans/${plan.id}/round`,
    );
    unmount();
    stubApi({ ...replies, '/api/auth/me': { body: sessionReply({ role: 'board' }) } });
    renderApp(`/plans/${plan.id}`);
    await screen.findByRole('heading', { level: 1, name: plan.title });
    expect(screen.queryByRole('link', { name: /^Monthly round/ })).not.toBeInTheDocument();
  });
});
