import { actionHistorySchema, actionSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorities } from '../../db/schema';
import { createActionWithLead, createPerson, openPeriod } from '../../test/factories';
import { auditOf, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');

describe('a sign-off with a word, and its undo', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  /** An action at Green since October, given a Blue for November by its lead, awaiting sign-off. */
  async function awaitingBlue() {
    const t = await createActionWithLead(ctx.database.db);
    await openPeriod(ctx.database.db, t.plan.id, '2026-10', 'closed');
    await openPeriod(ctx.database.db, t.plan.id, '2026-11');
    const lead = await signInAs(ctx.app, 'lead', { personId: t.leadPersonId });
    const url = `/api/actions/${t.action.id}`;
    const as = (who: SignedIn) => requestsAs(ctx.app, who);
    const read = async () => actionSchema.parse((await as(manager)('GET', url)).json());
    const history = async () =>
      actionHistorySchema.parse((await as(manager)('GET', `${url}/updates`)).json()).updates;
    // October's Green, written before the month closed, then November's note and its Blue.
    await ctx.database.db.execute(
      `update reporting_periods set state = 'open' where plan_id = '${t.plan.id}' and month = '2026-10'`,
    );
    await as(lead)('POST', `${url}/updates`, { period: '2026-10', status: 'Green', note: 'On track' });
    await ctx.database.db.execute(
      `update reporting_periods set state = 'closed' where plan_id = '${t.plan.id}' and month = '2026-10'`,
    );
    await as(lead)('POST', `${url}/updates`, { period: '2026-11', status: 'Amber', note: 'A week late' });
    await as(lead)('POST', `${url}/updates`, { period: '2026-11', status: 'Blue', note: 'Done at last' });
    return { ...t, lead, url, as, read, history };
  }

  it('keeps the signer’s note with the sign-off, in the action’s history', async () => {
    const t = await awaitingBlue();
    const signed = await t.as(manager)('POST', `${t.url}/sign-off`, { note: 'Evidence seen at the board' });
    expect(signed.statusCode).toBe(200);
    const [latest] = await t.history();
    expect(latest).toMatchObject({
      status: 'Blue',
      note: 'Done at last',
      signOff: { by: 'Test manager', note: 'Evidence seen at the board' },
    });
  });

  it('undoes a sign-off: the action is as it was, the Blue awaits sign-off again, and the audit says who', async () => {
    const t = await awaitingBlue();
    const before = await t.read();
    expect(before).toMatchObject({ status: 'Amber', awaitingSignOff: true });
    const signed = await t.as(manager)('POST', `${t.url}/sign-off`, { note: 'Seen' });
    expect(actionSchema.parse(signed.json())).toMatchObject({ status: 'Blue', awaitingSignOff: false });
    expect((await t.history()).map((u) => [u.status, u.superseded])).toEqual([
      ['Blue', false],
      ['Amber', true],
      ['Green', false],
    ]);

    const undone = await t.as(manager)(
      'POST',
      `${t.url}/sign-off/undo`,
      {},
      { 'if-match': signed.headers.etag! },
    );
    expect(undone.statusCode).toBe(200);
    const action = actionSchema.parse(undone.json());
    expect(action).toMatchObject({ status: 'Amber', awaitingSignOff: true, note: 'A week late' });
    expect(undone.headers.etag).toBe(`"${action.version}"`);
    expect(await t.read()).toEqual(action);
    const history = await t.history();
    expect(history.map((u) => [u.status, u.superseded, u.signOff])).toEqual([
      ['Blue', false, null],
      ['Amber', false, null],
      ['Green', false, null],
    ]);

    const audit = await auditOf(ctx.app, manager, t.action.id);
    const operations = audit.map((e) => e.operation);
    expect(operations.indexOf('sign-off-undone')).toBeLessThan(operations.indexOf('sign-off'));
    expect(audit.find((e) => e.operation === 'sign-off-undone')).toMatchObject({
      actor: { displayName: 'Test manager' },
      before: { status: 'Blue', note: 'Seen' },
      after: { status: 'Amber', awaitingSignOff: true },
    });

    // Awaiting again: it can be signed off (or refused) as before, and undone only once.
    expect((await t.as(manager)('POST', `${t.url}/sign-off/undo`, {})).statusCode).toBe(409);
    expect((await t.as(manager)('POST', `${t.url}/sign-off`, {})).statusCode).toBe(200);
    expect(await t.read()).toMatchObject({ status: 'Blue', awaitingSignOff: false });
  });

  it('lets only someone who may sign off undo it, and refuses a stale version', async () => {
    const t = await awaitingBlue();
    const groupLeadPerson = await createPerson(ctx.database.db, { name: 'Head of Inclusion' });
    await ctx.database.db
      .update(priorities)
      .set({ deliveryGroupLeadId: groupLeadPerson.id })
      .where(eq(priorities.id, t.priority.id));
    const groupLead = await signInAs(ctx.app, 'lead', { personId: groupLeadPerson.id });
    const signed = await t.as(groupLead)('POST', `${t.url}/sign-off`, {});
    expect(signed.statusCode).toBe(200);
    expect((await t.as(t.lead)('POST', `${t.url}/sign-off/undo`, {})).statusCode).toBe(403);
    const board = await signInAs(ctx.app, 'board');
    expect((await t.as(board)('POST', `${t.url}/sign-off/undo`, {})).statusCode).toBe(403);
    const stale = await t.as(groupLead)('POST', `${t.url}/sign-off/undo`, {}, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect((await t.as(groupLead)('POST', `${t.url}/sign-off/undo`, {})).statusCode).toBe(200);
  });

  it('refuses to undo once the month has closed, with a clear 409, and changes nothing', async () => {
    const t = await awaitingBlue();
    expect((await t.as(manager)('POST', `${t.url}/sign-off`, { note: 'Seen' })).statusCode).toBe(200);
    const close = await t.as(manager)('POST', `/api/plans/${t.plan.id}/periods/2026-11/close`, {});
    expect(close.statusCode).toBe(200);
    const before = await t.read();

    const refused = await t.as(manager)('POST', `${t.url}/sign-off/undo`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      error: { code: 'conflict', message: 'November 2026 is closed: its sign-off can no longer be undone' },
    });
    expect(await t.read()).toEqual(before);
    expect((await auditOf(ctx.app, manager, t.action.id)).map((e) => e.operation)).not.toContain(
      'sign-off-undone',
    );
  });

  it('has nothing to undo for a Blue awaiting sign-off, nor one given by someone who signs it off', async () => {
    const t = await awaitingBlue();
    const nothing = await t.as(manager)('POST', `${t.url}/sign-off/undo`, {});
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.message).toBe('This action has no sign-off that can be undone');
    await t.as(manager)('POST', `${t.url}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'Closed off',
    });
    expect((await t.read()).status).toBe('Blue');
    expect((await t.as(manager)('POST', `${t.url}/sign-off/undo`, {})).statusCode).toBe(409);
  });
});
