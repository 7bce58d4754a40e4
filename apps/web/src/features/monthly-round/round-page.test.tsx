import { roundRemindersSchema } from '@ragboard/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
  roundLead,
  roundReminders,
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
      [`/api/plans/${plan.id}/outbox?period=2026-11`]: { body: { messages, mailConfigured: false } },
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
    const email = (await screen.findByRole('heading', { name: /^Sally Richardson:/ })).closest(
      '.govuk-summary-card',
    ) as HTMLElement;
    expect(email).toHaveTextContent('Not sent: no mail server');
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
          lastRemindedAt: null,
          link: null,
        },
        {
          personId: personRef().id,
          name: 'Neil Willcocks',
          email: null,
          hasAccount: false,
          due: 1,
          missing: 1,
          lastRemindedAt: null,
          link: null,
        },
      ],
      activeLinks: 3,
      takesUpdates: true,
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

describe('Chasing one lead on the round', () => {
  const sally = roundLead({
    missing: 1,
    lastRemindedAt: '2026-11-20T09:00:00.000Z',
    link: {
      state: 'active',
      createdAt: '2026-11-20T09:00:00.000Z',
      firstOpenedAt: '2026-11-21T10:30:00.000Z',
      lastOpenedAt: '2026-11-21T10:30:00.000Z',
    },
  });
  const dave = roundLead({
    name: 'Dave Carr',
    email: 'dave@example.org',
    due: 1,
    missing: 1,
    lastRemindedAt: '2026-11-20T09:00:00.000Z',
    link: {
      state: 'revoked',
      createdAt: '2026-11-20T09:00:00.000Z',
      firstOpenedAt: null,
      lastOpenedAt: null,
    },
  });
  const neil = roundLead({ name: 'Neil Willcocks', email: null, due: 1, missing: 1 });

  it('says per lead what they have given, when they were reminded and whether their link was opened', async () => {
    const { plan, replies } = seeded();
    stubApi({
      ...replies,
      [`/api/plans/${plan.id}/periods/2026-11/reminders`]: {
        body: roundReminders({ leads: [sally, dave, neil], activeLinks: 1 }),
      },
    });
    renderApp(`/plans/${plan.id}/round`);
    const table = await screen.findByRole('table', {
      name: 'Leads with actions due an update in November 2026',
    });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/Sally Richardson/)).toHaveTextContent('1 of 2 updates');
    expect(row(/Sally Richardson/)).toHaveTextContent('20 November 2026 at 09:00');
    expect(row(/Sally Richardson/)).toHaveTextContent('LiveOpened 21 November 2026 at 10:30');
    expect(row(/Dave Carr/)).toHaveTextContent('0 of 1 update');
    expect(row(/Dave Carr/)).toHaveTextContent('WithdrawnNot opened');
    expect(row(/Neil Willcocks/)).toHaveTextContent('Not reminded');
    expect(row(/Neil Willcocks/)).toHaveTextContent('No link sent');
    const buttons = (name: RegExp) =>
      within(row(name))
        .queryAllByRole('button')
        .map((b) => b.textContent);
    expect(buttons(/Sally Richardson/)).toEqual([
      'Remind now (Sally Richardson)',
      'Send a new link to Sally Richardson',
      'Withdraw link of Sally Richardson',
    ]);
    // A withdrawn link is never offered for withdrawal again: a new one is.
    expect(buttons(/Dave Carr/)).toEqual(['Remind now (Dave Carr)', 'Send a new link to Dave Carr']);
    expect(buttons(/Neil Willcocks/)).toEqual([]);
  });

  it('shows the reminder before it goes, sends the one read, and sends a new link', async () => {
    const { plan, replies } = seeded();
    const lead = (id: string) => `/api/plans/${plan.id}/periods/2026-11/leads/${id}`;
    const body =
      'Dear Sally Richardson,\n\nPlease give your November 2026 update for this action by 30 November 2026:\n\n- 1.1.2 Publish the local offer\n\n[your personal link, made when this is sent]';
    const written = outboxMessage({ toName: 'Sally Richardson', body, link: 'http://x/update/abc' });
    const fetchStub = stubApi({
      ...replies,
      [`/api/plans/${plan.id}/periods/2026-11/reminders`]: {
        body: roundReminders({ leads: [sally, dave], activeLinks: 1 }),
      },
      [`${lead(sally.personId)}/reminder`]: {
        body: {
          personId: sally.personId,
          toName: 'Sally Richardson',
          toAddress: 'sally@example.org',
          cc: [],
          subject: 'ragboard: your November 2026 update is due',
          body,
          digest: 'digest-1',
        },
      },
      [`POST ${lead(sally.personId)}/reminder`]: {
        body: { message: written, withdrawn: 0, mailConfigured: false },
      },
      [`POST ${lead(dave.personId)}/new-link`]: {
        body: {
          message: outboxMessage({ toName: 'Dave Carr', kind: 'update-link' }),
          withdrawn: 1,
          mailConfigured: false,
        },
      },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await screen.findByRole('table', { name: 'Leads with actions due an update in November 2026' });
    await user.click(await screen.findByRole('button', { name: 'Remind now (Sally Richardson)' }));
    const preview = await screen.findByRole('region', { name: 'Reminder to Sally Richardson' });
    expect(await within(preview).findByText(/Please give your November 2026 update/)).toHaveTextContent(
      '- 1.1.2 Publish the local offer',
    );
    expect(within(preview).getByText('ragboard: your November 2026 update is due')).toBeInTheDocument();
    await waitFor(() => expect(within(preview).getByRole('heading')).toHaveFocus());
    // Nothing is written until the manager says so.
    expect(sentRequest(fetchStub, 'POST', `${lead(sally.personId)}/reminder`)).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Send this reminder' }));
    expect(
      await screen.findByText('Reminder to Sally Richardson written: see the emails below.'),
    ).toBeInTheDocument();
    expect(sentRequest(fetchStub, 'POST', `${lead(sally.personId)}/reminder`)?.body).toEqual({
      digest: 'digest-1',
    });
    expect(screen.queryByRole('region', { name: 'Reminder to Sally Richardson' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remind now (Sally Richardson)' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Send a new link to Dave Carr' }));
    expect(
      await screen.findByText(
        'New link sent to Dave Carr: the old one no longer works. See the emails below.',
      ),
    ).toBeInTheDocument();
  });

  it('shows each email’s words, says they are kept, and lets the manager copy a lead’s link', async () => {
    const { plan, replies } = seeded();
    const link = 'http://127.0.0.1:3000/update/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
    const messages = [
      outboxMessage({
        toName: 'Sally Richardson',
        toAddress: 'sally@example.org',
        subject: 'ragboard: your November 2026 update is due',
        body: `Dear Sally Richardson,\n\nYou can give them all on one page at this link:\n${link}`,
        link,
      }),
      outboxMessage({
        toName: 'Dave Carr',
        toAddress: 'dave@example.org',
        body: 'Dear Dave Carr',
        link: null,
      }),
    ];
    stubApi({
      ...replies,
      [`/api/plans/${plan.id}/periods/2026-11/reminders`]: { body: roundReminders({ leads: [sally] }) },
      [`/api/plans/${plan.id}/outbox?period=2026-11`]: { body: { messages, mailConfigured: false } },
    });
    const { user } = renderApp(`/plans/${plan.id}/round`);
    await user.click(await screen.findByText('Emails for November 2026'));
    expect(
      await screen.findByText(/No mail server is configured, so these emails are kept here and not sent/),
    ).toHaveTextContent('copy their link below and send it to them yourself');
    const card = (name: RegExp) =>
      screen.getByRole('heading', { name }).closest('.govuk-summary-card') as HTMLElement;
    const sallys = card(/^Sally Richardson:/);
    await user.click(within(sallys).getByText('Read the email'));
    expect(within(sallys).getByText(/You can give them all on one page at this link/)).toBeVisible();
    expect(within(sallys).getByText(/This link is personal to Sally Richardson/)).toBeInTheDocument();
    expect(within(sallys).getByLabelText('Sally Richardson’s link')).toHaveValue(link);
    expect(within(sallys).getByLabelText('Sally Richardson’s link')).toHaveAttribute('readonly');
    await user.click(within(sallys).getByRole('button', { name: /Copy this lead’s link/ }));
    expect(await within(sallys).findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);
    // Dave's link no longer works (or was never given): nothing to copy.
    expect(within(card(/^Dave Carr:/)).queryByRole('button', { name: /Copy/ })).not.toBeInTheDocument();

    // Where the browser refuses the clipboard, the link is selected in its box to copy by hand.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(sallys).getByRole('button', { name: /Copy this lead’s link/ }));
    expect(await within(sallys).findByText(/did not let ragboard copy it/)).toBeInTheDocument();
    expect(within(sallys).getByLabelText('Sally Richardson’s link')).toHaveFocus();
  });
});
