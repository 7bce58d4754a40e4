import {
  actionHistorySchema,
  actionSchema,
  errorResponseSchema,
  staleVersionErrorSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorities } from '../../db/schema';
import { createActionWithLead, createPerson, openPeriod } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');

describe('recording the month’s status', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  async function setup(dueMonth = '2026-06') {
    const made = await createActionWithLead(ctx.database.db, dueMonth);
    const lead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    const url = `/api/actions/${made.action.id}`;
    const post = (who: SignedIn, body: object, headers: Record<string, string> = {}) =>
      requestsAs(ctx.app, who)('POST', `${url}/updates`, body, headers);
    const read = async () => actionSchema.parse((await requestsAs(ctx.app, manager)('GET', url)).json());
    const history = async () =>
      actionHistorySchema.parse((await requestsAs(ctx.app, manager)('GET', `${url}/updates`)).json()).updates;
    return { ...made, lead, url, post, read, history };
  }

  it('takes a lead’s update, makes it the action’s status, and keeps it in the history with its author', async () => {
    const t = await setup();
    const reply = await t.post(t.lead, { period: '2026-11', status: 'Green', note: 'Task group met' });
    expect(reply.statusCode).toBe(201);
    expect(reply.headers.etag).toBe('"2"');
    expect((await t.read()).status).toBe('Green');
    const [entry] = await t.history();
    expect(entry).toMatchObject({
      period: '2026-11',
      status: 'Green',
      note: 'Task group met',
      superseded: false,
    });
    expect(entry!.author).toBe('Test lead');
    expect((await auditOf(ctx.app, manager, t.action.id)).map((e) => e.operation)).toContain('status-update');
  });

  it('costs one read and one write, and on PostgreSQL the NOTIFY after them (decision 034)', async () => {
    const t = await setup();
    // The lead's session is read once, then remembered.
    expect((await requestsAs(ctx.app, t.lead)('GET', t.url)).statusCode).toBe(200);
    const before = ctx.database.queryCount();
    const reply = await t.post(t.lead, { period: '2026-11', status: 'Amber', note: 'Waiting on a partner' });
    expect(reply.statusCode).toBe(201);
    // The closed-plan check rides on the read; the NOTIFY tells other instances (decision 021).
    expect(ctx.database.queryCount() - before).toBe(ctx.database.kind === 'postgres' ? 3 : 2);
    expect((await t.read()).status).toBe('Amber');
  });

  it('refuses Red without a new completion date after today and the due month, naming the field', async () => {
    const t = await setup('2026-12');
    for (const revisedDue of [undefined, '2026-11-20', '2026-12-31']) {
      const reply = await t.post(t.lead, { period: '2026-11', status: 'Red', note: 'Slipped', revisedDue });
      expect(reply.statusCode, String(revisedDue)).toBe(400);
      expect(refusedFields(reply.json())).toEqual(['body.revisedDue']);
    }
    const ok = await t.post(t.lead, {
      period: '2026-11',
      status: 'Red',
      note: 'Slipped',
      revisedDue: '2027-02-28',
    });
    expect(ok.statusCode).toBe(201);
    const action = await t.read();
    expect(action).toMatchObject({
      status: 'Red',
      newDate: { date: '2027-02-28', source: 'update', since: '2026-11' },
      dueMonth: '2026-12',
    });
  });

  it('needs a note for every status but Grey', async () => {
    const t = await setup();
    const amber = await t.post(t.lead, { period: '2026-11', status: 'Amber' });
    expect(refusedFields(amber.json())).toEqual(['body.note']);
    expect((await t.post(t.lead, { period: '2026-11', status: 'Grey' })).statusCode).toBe(201);
  });

  it('without reporting periods, takes this month or last month only', async () => {
    const t = await setup();
    expect((await t.post(t.lead, { period: '2026-10', status: 'Grey' })).statusCode).toBe(201);
    const early = await t.post(t.lead, { period: '2026-09', status: 'Grey' });
    expect(early.statusCode).toBe(400);
    expect(refusedFields(early.json())).toEqual(['body.period']);
    expect(refusedFields((await t.post(t.lead, { period: '2026-13', status: 'Grey' })).json())).toEqual([
      'body.period',
    ]);
  });

  it('with reporting periods, takes open periods only; a closed one is read-only', async () => {
    const t = await setup();
    await openPeriod(ctx.database.db, t.plan.id, '2026-10', 'closed');
    await openPeriod(ctx.database.db, t.plan.id, '2026-11');
    expect((await t.post(t.lead, { period: '2026-11', status: 'Grey' })).statusCode).toBe(201);
    const closed = await t.post(t.lead, { period: '2026-10', status: 'Grey' });
    expect(closed.statusCode).toBe(409);
    expect(errorResponseSchema.parse(closed.json()).error.message).toMatch(/October 2026 is closed/);
    expect((await t.post(t.lead, { period: '2026-12', status: 'Grey' })).statusCode).toBe(400);
  });

  it('lets a later update in the same month supersede the earlier one, keeping both', async () => {
    const t = await setup();
    await t.post(t.lead, { period: '2026-11', status: 'Green', note: 'First word' });
    await t.post(t.lead, { period: '2026-11', status: 'Amber', note: 'Second thoughts' });
    expect((await t.read()).status).toBe('Amber');
    const history = await t.history();
    expect(history.map((h) => [h.status, h.superseded])).toEqual([
      ['Amber', false],
      ['Green', true],
    ]);
    await t.post(t.lead, { period: '2026-10', status: 'Green', note: 'Late word for October' });
    expect((await t.read()).status).toBe('Amber');
  });

  it('refuses a stale If-Match with the current action, and lets exactly one of twelve writers win', async () => {
    const t = await setup();
    const stale = await t.post(t.lead, { period: '2026-11', status: 'Grey' }, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      id: t.action.id,
      version: 1,
    });

    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.post(t.lead, { period: '2026-11', status: 'Green', note: `Writer ${i}` }, { 'if-match': '"1"' }),
      ),
    );
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, ...Array(11).fill(409)]);
    expect((await t.history()).filter((h) => h.note?.startsWith('Writer'))).toHaveLength(1);
    expect((await t.read()).version).toBe(2);
  });

  it('replies with the action as a fresh read shows it, though it does not read it again (decision 033)', async () => {
    const t = await setup('2026-12');
    for (const body of [
      { period: '2026-11', status: 'Green', note: 'Task group met' },
      { period: '2026-11', status: 'Red', note: 'Slipped', revisedDue: '2027-02-28' },
      { period: '2026-10', status: 'Amber', note: 'Late word for October' },
      { period: '2026-11', status: 'Blue', note: 'Done' },
    ]) {
      const reply = await t.post(t.lead, body);
      expect(reply.statusCode, body.status).toBe(201);
      expect(actionSchema.parse(reply.json().action), body.status).toEqual(await t.read());
    }
  });

  it('refuses updates from a lead who does not lead the action, and from the board', async () => {
    const t = await setup();
    const stranger = await signInAs(ctx.app, 'lead');
    expect((await t.post(stranger, { period: '2026-11', status: 'Grey' })).statusCode).toBe(403);
    const board = await signInAs(ctx.app, 'board');
    expect((await t.post(board, { period: '2026-11', status: 'Grey' })).statusCode).toBe(403);
  });
});

describe('Blue means signed off', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  async function setup() {
    const t = await createActionWithLead(ctx.database.db);
    const lead = await signInAs(ctx.app, 'lead', { personId: t.leadPersonId });
    const groupLeadPerson = await createPerson(ctx.database.db, { name: 'Head of Inclusion' });
    await ctx.database.db
      .update(priorities)
      .set({ deliveryGroupLeadId: groupLeadPerson.id })
      .where(eq(priorities.id, t.priority.id));
    const groupLead = await signInAs(ctx.app, 'lead', { personId: groupLeadPerson.id });
    const url = `/api/actions/${t.action.id}`;
    const as = (who: SignedIn) => requestsAs(ctx.app, who);
    const read = async () => actionSchema.parse((await as(manager)('GET', url)).json());
    const history = async () =>
      actionHistorySchema.parse((await as(manager)('GET', `${url}/updates`)).json()).updates;
    await as(lead)('POST', `${url}/updates`, { period: '2026-11', status: 'Green', note: 'Nearly there' });
    return { lead, groupLead, url, as, read, history };
  }

  it('holds a lead’s Blue for sign-off, keeping the previous status; the delivery-group lead signs it off', async () => {
    const t = await setup();
    const blue = await t.as(t.lead)('POST', `${t.url}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'Done',
    });
    expect(blue.statusCode).toBe(201);
    expect(actionSchema.parse(blue.json().action)).toMatchObject({ status: 'Green', awaitingSignOff: true });
    expect((await t.as(t.lead)('POST', `${t.url}/sign-off`, { note: 'Mine' })).statusCode).toBe(403);

    const signed = await t.as(t.groupLead)('POST', `${t.url}/sign-off`, { note: 'Evidence seen' });
    expect(signed.statusCode).toBe(200);
    expect(await t.read()).toMatchObject({ status: 'Blue', awaitingSignOff: false });
    const [latest] = await t.history();
    expect(latest).toMatchObject({ status: 'Blue', signOff: { by: 'Test lead', note: 'Evidence seen' } });
    expect((await t.as(manager)('POST', `${t.url}/sign-off`, {})).statusCode).toBe(409);
  });

  it('lets the manager refuse a sign-off with a reason: the action keeps its status', async () => {
    const t = await setup();
    await t.as(t.lead)('POST', `${t.url}/updates`, { period: '2026-11', status: 'Blue', note: 'Done' });
    const noReason = await t.as(manager)('POST', `${t.url}/sign-off/reject`, { reason: ' ' });
    expect(refusedFields(noReason.json())).toEqual(['body.reason']);
    const refused = await t.as(manager)('POST', `${t.url}/sign-off/reject`, { reason: 'No evidence yet' });
    expect(refused.statusCode).toBe(200);
    expect(await t.read()).toMatchObject({ status: 'Green', awaitingSignOff: false });
    expect((await t.history())[0]).toMatchObject({
      status: 'Blue',
      rejection: { reason: 'No evidence yet' },
      signOff: null,
    });
  });

  it('signs off and refuses in two statements besides the closed-plan guard’s (the refusal’s notification to the leads in its write), replying with the action as a fresh read shows it (decisions 046, 050)', async () => {
    const t = await setup();
    const extra = ctx.database.kind === 'postgres' ? 1 : 0;
    await t.as(t.lead)('POST', `${t.url}/updates`, { period: '2026-11', status: 'Blue', note: 'Done' });
    // Each signer's session is read once, then remembered.
    for (const who of [manager, t.groupLead]) expect((await t.as(who)('GET', t.url)).statusCode).toBe(200);
    let before = ctx.database.queryCount();
    const refused = await t.as(manager)('POST', `${t.url}/sign-off/reject`, { reason: 'Not yet' });
    expect(refused.statusCode).toBe(200);
    expect(ctx.database.queryCount() - before).toBe(3 + extra);
    expect(actionSchema.parse(refused.json())).toEqual(await t.read());
    expect(refused.headers.etag).toBe(`"${(await t.read()).version}"`);

    await t.as(t.lead)('POST', `${t.url}/updates`, { period: '2026-11', status: 'Blue', note: 'Done now' });
    before = ctx.database.queryCount();
    const signed = await t.as(t.groupLead)('POST', `${t.url}/sign-off`, { note: 'Seen' });
    expect(signed.statusCode).toBe(200);
    expect(ctx.database.queryCount() - before).toBe(3 + extra);
    expect(actionSchema.parse(signed.json())).toEqual(await t.read());
    expect((await auditOf(ctx.app, manager, (await t.read()).id)).map((e) => e.operation)).toEqual(
      expect.arrayContaining(['sign-off', 'sign-off-rejected']),
    );
  });

  it('refuses a sign-off with a version someone else moved past, and writes nothing', async () => {
    const t = await setup();
    await t.as(t.lead)('POST', `${t.url}/updates`, { period: '2026-11', status: 'Blue', note: 'Done' });
    const { version } = await t.read();
    const replies = await Promise.all([
      t.as(manager)('POST', `${t.url}/sign-off`, {}, { 'if-match': `"${version}"` }),
      t.as(manager)('POST', `${t.url}/sign-off/reject`, { reason: 'No' }, { 'if-match': `"${version}"` }),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [latest] = await t.history();
    expect(Boolean(latest!.signOff) !== Boolean(latest!.rejection)).toBe(true);
    expect((await t.read()).version).toBe(version + 1);
  });

  it('signs off a Blue from the manager or the delivery-group lead at once', async () => {
    const t = await setup();
    const reply = await t.as(t.groupLead)('POST', `${t.url}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'Done',
    });
    expect(actionSchema.parse(reply.json().action)).toMatchObject({ status: 'Blue', awaitingSignOff: false });
    expect((await t.history())[0]!.signOff?.by).toBe('Test lead');
  });
});
