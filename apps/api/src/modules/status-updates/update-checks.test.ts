import type { CreateStatusUpdateBody, Role, SessionUser } from '@ragboard/shared';
import { describe, expect, it } from 'vitest';
import {
  type AwaitingBlue,
  type Checked,
  checkRefusal,
  checkSignOff,
  checkUpdate,
  NEEDS,
  type UpdateAuthor,
  type UpdateTarget,
  type Violation,
} from './update-checks';

// The checks of the monthly round alone: no database, no server. Every refusal each check gives,
// and the write and reply of each that passes (the API tests prove them against a database).

const today = new Date('2026-11-24T10:00:00Z');
const ACTION = '00000000-0000-4000-8000-000000000001';
const PLAN = '00000000-0000-4000-8000-000000000002';
const LEAD_PERSON = '00000000-0000-4000-8000-000000000003';
const GROUP_LEAD_PERSON = '00000000-0000-4000-8000-000000000004';
const NEW_ID = '00000000-0000-4000-8000-000000000005';
const BLUE = '00000000-0000-4000-8000-000000000006';
const CURRENT = '00000000-0000-4000-8000-000000000007';

const user = (role: Role, personId: string | null = null): UpdateAuthor => {
  const account: SessionUser = {
    id: `00000000-0000-4000-9000-00000000000${role.length}`,
    email: `${role}@example.org`,
    displayName: `The ${role}`,
    role,
    personId,
  };
  return { kind: 'user', user: account };
};
const manager = user('manager');
const lead = user('lead', LEAD_PERSON);
const groupLead = user('lead', GROUP_LEAD_PERSON);
const linkLead: UpdateAuthor = {
  kind: 'update-request',
  requestId: '00000000-0000-4000-8000-000000000008',
  person: { id: LEAD_PERSON, name: 'Sally Lead' },
};

const awaitingBlue: AwaitingBlue = {
  id: BLUE,
  period: '2026-11',
  note: 'Done',
  revisedDue: null,
  hasEvidence: false,
};

/** An action of a plan without reporting periods, led by LEAD_PERSON, Green since October. */
function target(
  overrides: Partial<UpdateTarget> = {},
  action: Partial<UpdateTarget['action']> = {},
): UpdateTarget {
  return {
    action: {
      id: ACTION,
      planId: PLAN,
      outcomeId: '00000000-0000-4000-8000-000000000009',
      ref: '1.1.1',
      position: 0,
      title: 'Train every school’s inclusion lead',
      dueMonth: '2026-06',
      dueText: null,
      status: 'Green',
      revisedDue: null,
      currentUpdateId: CURRENT,
      carriedFromId: null,
      archivedAt: null,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-10-20T00:00:00Z'),
      version: 3,
      ...action,
    },
    outcomeRef: '1.1',
    priorityId: '00000000-0000-4000-8000-00000000000a',
    priorityRef: '1',
    groupLeadId: GROUP_LEAD_PERSON,
    leads: [{ id: LEAD_PERSON, name: 'Sally Lead', organisation: null }],
    awaitingSignOff: false,
    carriedFrom: null,
    carriedTo: null,
    currentPeriod: '2026-11',
    plan: { periodStart: '2026-04', periodEnd: '2027-03', state: 'active' },
    periods: [],
    history: [
      {
        period: '2026-10',
        createdAt: '2026-10-20T00:00:00.000Z',
        status: 'Green',
        note: 'On track',
        date: null,
        source: null,
        superseded: false,
        rejected: false,
        signedOff: false,
      },
    ],
    leadsAction: false,
    currentUpdateMonth: '2026-10',
    signOffNeedsEvidence: false,
    planState: 'active',
    awaiting: null,
    ...overrides,
  };
}

/** The target as the lead reads it: the target's statement says whether the author leads the action. */
const ledTarget = (overrides: Partial<UpdateTarget> = {}, action: Partial<UpdateTarget['action']> = {}) =>
  target({ leadsAction: true, ...overrides }, action);

const green: CreateStatusUpdateBody = { period: '2026-11', status: 'Green', note: 'Task group met' };

const update = (
  t: UpdateTarget | null,
  author: UpdateAuthor = lead,
  body: CreateStatusUpdateBody = green,
  ifMatch: number | null = null,
) => checkUpdate({ target: t, author, body, ifMatch, today, newId: NEW_ID });

function violations<R>(checked: Checked<R>): Violation[] {
  if (!('violations' in checked)) throw new Error('The check passed');
  return checked.violations;
}
function passed<R>(checked: Checked<R>) {
  if ('violations' in checked) throw new Error(`Refused: ${JSON.stringify(checked.violations)}`);
  return checked;
}
/** Each violation's kind, with its field or message. */
const said = (checked: Checked<unknown>) =>
  violations(checked).map((v) =>
    v.kind === 'field' ? `field ${v.field}` : 'message' in v ? `${v.kind}: ${v.message}` : v.kind,
  );

describe('checking a status update', () => {
  it('refuses an action that does not exist', () => {
    expect(said(update(null))).toEqual(['no-action']);
  });

  it('refuses a closed plan before anything else, even someone with no right to it', () => {
    expect(said(update(target({ planState: 'closed' }, { archivedAt: today }), user('board')))).toEqual([
      'closed-plan',
    ]);
  });

  it('refuses whoever may not update it: another lead, the board, a link’s lead for an action not theirs', () => {
    const refusal = [`forbidden: ${NEEDS.update}`];
    expect(said(update(target(), lead))).toEqual(refusal);
    expect(said(update(target(), user('board')))).toEqual(refusal);
    expect(said(update(target(), user('lead', null)))).toEqual(refusal);
    expect(said(update(target(), linkLead))).toEqual(refusal);
  });

  it('lets the action’s lead, its delivery-group lead, the manager and a link’s own lead update it', () => {
    passed(update(ledTarget(), lead));
    passed(update(target(), groupLead));
    passed(update(target(), manager));
    passed(update(ledTarget(), linkLead));
  });

  it('refuses an archived action, and a version other than the one the author saw, with the action as it stands', () => {
    for (const [checked, message] of [
      [update(ledTarget({}, { archivedAt: today })), 'This action is archived'],
      [update(ledTarget(), lead, green, 2), 'This action was changed by someone else'],
    ] as const) {
      const [refusal] = violations(checked);
      expect(refusal).toMatchObject({ kind: 'moved-on', message, action: { id: ACTION, version: 3 } });
    }
    passed(update(ledTarget(), lead, green, 3));
  });

  it('without reporting periods, takes this month or last month only', () => {
    passed(update(ledTarget(), lead, { ...green, period: '2026-10' }));
    const early = update(ledTarget(), lead, { ...green, period: '2026-09' });
    expect(violations(early)).toEqual([
      { kind: 'field', field: 'period', message: 'Updates are for November 2026 or October 2026' },
    ]);
  });

  it('with reporting periods, takes an open one only: none for the month is a field, a closed one a conflict', () => {
    const periods = [
      { month: '2026-10', state: 'closed' as const },
      { month: '2026-11', state: 'open' as const },
    ];
    passed(update(ledTarget({ periods })));
    expect(said(update(ledTarget({ periods }), lead, { ...green, period: '2026-12' }))).toEqual([
      'field period',
    ]);
    expect(said(update(ledTarget({ periods }), lead, { ...green, period: '2026-10' }))).toEqual([
      'conflict: October 2026 is closed: its updates can no longer change',
    ]);
  });

  it('names every rule of the update it breaks at once: the note, and Red’s new completion date', () => {
    expect(said(update(ledTarget(), lead, { period: '2026-11', status: 'Red' }))).toEqual([
      'field note',
      'field revisedDue',
    ]);
    for (const revisedDue of ['2026-11-20', '2026-06-30']) {
      const red = { period: '2026-11', status: 'Red' as const, note: 'Slipped', revisedDue };
      expect(said(update(ledTarget(), lead, red))).toEqual(['field revisedDue']);
    }
    passed(update(ledTarget(), lead, { period: '2026-11', status: 'Grey' }));
  });

  it('writes a new row that becomes the action’s state, supersedes the month and awaiting Blues, and is audited', () => {
    const { write, reply } = passed(update(ledTarget(), lead, { ...green, note: '  Task group met ' }, 3));
    expect(write).toMatchObject({
      action: { id: ACTION, version: 3 },
      at: today,
      current: { status: 'Green', revisedDue: null, currentUpdateId: NEW_ID },
      insert: { id: NEW_ID, actionId: ACTION, period: '2026-11', note: 'Task group met', createdAt: today },
      mark: null,
      supersede: { by: NEW_ID, awaitingBlue: true, month: '2026-11' },
      audit: {
        actorId: lead.kind === 'user' ? lead.user.id : null,
        planId: PLAN,
        operation: 'status-update',
      },
    });
    expect(write.insert?.signedOffAt).toBeNull();
    expect(reply.update).toMatchObject({ id: NEW_ID, author: 'The lead', signOff: null });
    expect(reply.action).toMatchObject({ status: 'Green', version: 4, note: 'Task group met' });
  });

  it('keeps a Red’s new date, and an earlier month’s update out of the action’s state', () => {
    const red = { period: '2026-11', status: 'Red' as const, note: 'Slipped', revisedDue: '2027-02-28' };
    const { write } = passed(update(ledTarget(), lead, red));
    expect(write.current).toEqual({ status: 'Red', revisedDue: '2027-02-28', currentUpdateId: NEW_ID });
    const late = passed(
      update(ledTarget({ currentUpdateMonth: '2026-11' }), lead, { ...green, period: '2026-10' }),
    );
    expect(late.write.current).toBeNull();
    expect(late.write.supersede.month).toBe('2026-10');
  });

  it('holds a lead’s Blue for sign-off: the action keeps its state, and no month is superseded', () => {
    const { write, reply } = passed(update(ledTarget(), lead, { ...green, status: 'Blue' }));
    expect(write.current).toBeNull();
    expect(write.supersede).toEqual({ by: NEW_ID, awaitingBlue: true, month: null });
    expect(reply.action).toMatchObject({ status: 'Green', awaitingSignOff: true });
  });

  it('signs off a Blue from the delivery-group lead or the manager at once, unless the plan asks for evidence', () => {
    for (const author of [groupLead, manager]) {
      const { write, reply } = passed(update(target(), author, { ...green, status: 'Blue' }));
      expect(write.insert).toMatchObject({ signedOffAt: today });
      expect(write.audit.operation).toBe('status-update-signed-off');
      expect(reply.action).toMatchObject({ status: 'Blue', awaitingSignOff: false });
    }
    const waits = passed(
      update(target({ signOffNeedsEvidence: true }), manager, { ...green, status: 'Blue' }),
    );
    expect(waits.write.insert?.signedOffAt).toBeNull();
    expect(waits.reply.action.awaitingSignOff).toBe(true);
  });

  it('records a link’s update with the lead’s person record and the request it came through', () => {
    const { write, reply } = passed(update(ledTarget(), linkLead));
    expect(write.insert).toMatchObject({
      authorId: null,
      authorName: 'Sally Lead',
      authorPersonId: LEAD_PERSON,
      updateRequestId: linkLead.kind === 'update-request' ? linkLead.requestId : null,
    });
    expect(write.audit).toMatchObject({ actorId: null, actorPersonId: LEAD_PERSON });
    expect(write.audit.after).toMatchObject({ via: 'update-request' });
    expect(reply.update).toMatchObject({ author: 'Sally Lead', viaUpdateRequest: true });
  });
});

/** A target whose lead's Blue of November awaits sign-off, after their Green of the same month. */
const awaitingTarget = (
  overrides: Partial<UpdateTarget> = {},
  action: Partial<UpdateTarget['action']> = {},
) =>
  target(
    {
      awaiting: awaitingBlue,
      awaitingSignOff: true,
      currentUpdateMonth: '2026-11',
      history: [
        {
          period: '2026-11',
          createdAt: '2026-11-20T00:00:00.000Z',
          status: 'Green',
          note: 'Nearly there',
          date: null,
          source: null,
          superseded: false,
          rejected: false,
          signedOff: false,
        },
        {
          period: '2026-11',
          createdAt: '2026-11-21T00:00:00.000Z',
          status: 'Blue',
          note: null,
          date: null,
          source: null,
          superseded: false,
          rejected: false,
          signedOff: false,
        },
      ],
      ...overrides,
    },
    action,
  );

const checks = {
  'signing off': (t: UpdateTarget | null, author: UpdateAuthor, ifMatch: number | null = null) =>
    checkSignOff({ target: t, author, note: ' Evidence seen ', ifMatch, today }),
  'refusing a sign-off': (t: UpdateTarget | null, author: UpdateAuthor, ifMatch: number | null = null) =>
    checkRefusal({ target: t, author, reason: 'No evidence yet', ifMatch, today }),
};

describe.each(Object.entries(checks))('%s', (_, check) => {
  it('refuses an action that does not exist, then a closed plan', () => {
    expect(said(check(null, manager))).toEqual(['no-action']);
    expect(said(check(awaitingTarget({ planState: 'closed' }), user('board')))).toEqual(['closed-plan']);
  });

  it('is for the manager and the delivery-group lead only: not the action’s lead, the board, or a link', () => {
    const refusal = [`forbidden: ${NEEDS.signOff}`];
    expect(said(check(awaitingTarget({ leadsAction: true }), lead))).toEqual(refusal);
    expect(said(check(awaitingTarget(), user('board')))).toEqual(refusal);
    expect(said(check(awaitingTarget({ leadsAction: true }), linkLead))).toEqual(refusal);
    passed(check(awaitingTarget(), groupLead));
    passed(check(awaitingTarget(), manager));
  });

  it('refuses an archived action and a stale version with the action as it stands', () => {
    expect(violations(check(awaitingTarget({}, { archivedAt: today }), manager))).toMatchObject([
      { kind: 'moved-on', message: 'This action is archived', action: { id: ACTION } },
    ]);
    expect(violations(check(awaitingTarget(), manager, 2))).toMatchObject([
      { kind: 'moved-on', message: 'This action was changed by someone else', action: { version: 3 } },
    ]);
    passed(check(awaitingTarget(), manager, 3));
  });

  it('refuses when no Blue awaits sign-off', () => {
    expect(said(check(target(), manager))).toEqual(['conflict: Nothing is awaiting sign-off on this action']);
  });
});

describe('signing off', () => {
  it('needs a file attached to the Blue where the plan asks for evidence', () => {
    expect(
      said(
        checkSignOff({
          target: awaitingTarget({ signOffNeedsEvidence: true }),
          author: manager,
          note: null,
          ifMatch: null,
          today,
        }),
      ),
    ).toEqual([
      'conflict: This plan signs a Blue off only with evidence: attach a file to the update before signing it off',
    ]);
    const withFile = awaitingTarget({
      signOffNeedsEvidence: true,
      awaiting: { ...awaitingBlue, hasEvidence: true },
    });
    passed(checkSignOff({ target: withFile, author: manager, note: null, ifMatch: null, today }));
  });

  it('marks the Blue signed off, makes it the action’s state, supersedes its month, and audits it', () => {
    const { write, reply } = passed(
      checkSignOff({
        target: awaitingTarget(),
        author: groupLead,
        note: ' Evidence seen ',
        ifMatch: 3,
        today,
      }),
    );
    const signer = groupLead.kind === 'user' ? groupLead.user.id : '';
    expect(write).toEqual({
      action: expect.objectContaining({ id: ACTION, version: 3 }),
      at: today,
      current: { status: 'Blue', revisedDue: null, currentUpdateId: BLUE },
      insert: null,
      mark: {
        id: BLUE,
        signedOffById: signer,
        signedOffAt: today,
        signOffNote: 'Evidence seen',
        // What an undo puts back: the action as the sign-off found it (decision 052).
        signOffBefore: { status: 'Green', revisedDue: null, currentUpdateId: expect.any(String) },
      },
      supersede: { by: BLUE, awaitingBlue: false, month: '2026-11' },
      audit: {
        actorId: signer,
        planId: PLAN,
        entityType: 'action',
        entityId: ACTION,
        operation: 'sign-off',
        before: { status: 'Green', version: 3 },
        after: { status: 'Blue', updateId: BLUE, note: 'Evidence seen' },
      },
    });
    expect(reply).toMatchObject({ status: 'Blue', awaitingSignOff: false, version: 4, note: 'Done' });
  });
});

describe('refusing a sign-off', () => {
  it('needs no evidence to refuse', () => {
    const t = awaitingTarget({ signOffNeedsEvidence: true });
    passed(checkRefusal({ target: t, author: manager, reason: 'Not yet', ifMatch: null, today }));
  });

  it('marks the Blue refused with the reason; the action keeps its state and is audited', () => {
    const { write, reply } = passed(
      checkRefusal({
        target: awaitingTarget(),
        author: manager,
        reason: 'No evidence yet',
        ifMatch: null,
        today,
      }),
    );
    const refuser = manager.kind === 'user' ? manager.user.id : '';
    expect(write).toEqual({
      action: expect.objectContaining({ id: ACTION, version: 3 }),
      at: today,
      current: null,
      insert: null,
      mark: { id: BLUE, rejectedById: refuser, rejectedAt: today, rejectionReason: 'No evidence yet' },
      supersede: { by: BLUE, awaitingBlue: false, month: null },
      audit: {
        actorId: refuser,
        planId: PLAN,
        entityType: 'action',
        entityId: ACTION,
        operation: 'sign-off-rejected',
        before: { status: 'Green', version: 3 },
        after: { status: 'Green', updateId: BLUE, reason: 'No evidence yet' },
      },
    });
    expect(reply).toMatchObject({ status: 'Green', awaitingSignOff: false, version: 4 });
  });
});
