import { actionSchema, errorResponseSchema, planTreeSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLeads } from '../../db/schema';
import { addStatusUpdate, createPerson, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('keeping a plan’s actions, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  const tree = async (planId: string) =>
    planTreeSchema.parse((await send('GET', `/api/plans/${planId}`)).json());
  const treeActions = async (planId: string) =>
    (await tree(planId)).priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false, now: () => new Date('2026-11-24T12:00:00Z') });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('adds an action at the end of its outcome with its leads in order, readable with its ETag', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 1]);
    const { outcomes, priorities } = await planRows(ctx.database.db, plan.id);
    const [first, second] = [await createPerson(ctx.database.db), await createPerson(ctx.database.db)];
    const reply = await send('POST', `/api/outcomes/${outcomes[0]!.id}/actions`, {
      ref: '1.1.2',
      title: 'Publish the local offer',
      dueMonth: '2026-03',
      leadIds: [second.id, first.id],
    });
    expect(reply.statusCode).toBe(201);
    const created = actionSchema.parse(reply.json());
    expect(created).toMatchObject({
      ref: '1.1.2',
      position: 2,
      status: 'Grey',
      pastOriginalDate: true,
      outcome: { id: outcomes[0]!.id, ref: '1.1' },
      priority: { id: priorities[0]!.id, ref: '1' },
      version: 1,
    });
    expect(created.leads.map((l) => l.id)).toEqual([second.id, first.id]);
    const board = requestsAs(ctx.app, await signInAs(ctx.app, 'board'));
    const read = await board('GET', `/api/actions/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(actionSchema.parse(read.json())).toEqual(created);
    expect((await treeActions(plan.id)).map((a) => a.ref)).toEqual(['1.1.1', '1.1.2']);
    expect((await auditOf(ctx.app, manager, created.id))[0]).toMatchObject({
      operation: 'create',
      planId: plan.id,
    });
  });

  it('refuses a bad action with 400 naming each field, an unknown outcome with 404, a taken ref with 409', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 1]);
    const { outcomes } = await planRows(ctx.database.db, plan.id);
    const url = `/api/outcomes/${outcomes[0]!.id}/actions`;
    const lead = await createPerson(ctx.database.db);
    const bad = await send('POST', url, { ref: '', title: '', dueMonth: 'Feb-23', leadIds: [] });
    expect(refusedFields(bad.json())).toEqual(
      expect.arrayContaining(['body.ref', 'body.title', 'body.dueMonth', 'body.leadIds']),
    );
    const both = await send('POST', url, {
      ref: '1.1.5',
      title: 'T',
      dueMonth: '2026-01',
      dueText: 'Jan',
      leadIds: [lead.id],
    });
    expect(refusedFields(both.json())).toEqual(['body.dueText']);
    const nobody = await send('POST', url, { ref: '1.1.5', title: 'T', leadIds: [UNKNOWN] });
    expect(refusedFields(nobody.json())).toEqual(['body.leadIds']);
    const orphan = await send('POST', `/api/outcomes/${UNKNOWN}/actions`, {
      ref: '9',
      title: 'T',
      leadIds: [lead.id],
    });
    expect(orphan.statusCode).toBe(404);
    const clash = await send('POST', url, { ref: '1.1.1', title: 'Again', leadIds: [lead.id] });
    expect(clash.statusCode).toBe(409);
    expect(errorResponseSchema.parse(clash.json()).error.message).toMatch(/1\.1\.1/);
    expect((await send('GET', `/api/actions/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await send('GET', '/api/actions/not-an-id')).statusCode).toBe(404);
  });

  it('edits with If-Match: every change bumps the version, a stale ETag gets 409 with the current action', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 2]);
    const [action, other] = (await planRows(ctx.database.db, plan.id)).actions;
    const url = `/api/actions/${action!.id}`;
    const changed = await send(
      'PATCH',
      url,
      { dueText: 'Dependent on sustainability' },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(actionSchema.parse(changed.json())).toMatchObject({
      dueText: 'Dependent on sustainability',
      dueMonth: null,
      version: 2,
    });
    const stale = await send('PATCH', url, { title: 'Lost edit' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(
      actionSchema.parse(staleVersionErrorSchema.parse(stale.json()).error.details.current),
    ).toMatchObject({
      id: action!.id,
      version: 2,
      title: action!.title,
    });
    expect((await send('PATCH', url, { ref: other!.ref })).statusCode).toBe(409);
    expect((await send('PATCH', url, {})).statusCode).toBe(400);
    expect((await send('PATCH', url, { title: 'x' }, { 'if-match': 'nonsense' })).statusCode).toBe(400);
    // A version no integer column holds is as stale as any other: 409, never a query out of range.
    const huge = await send('PATCH', url, { title: 'x' }, { 'if-match': '"99999999999"' });
    expect(huge.statusCode).toBe(409);
    expect((await send('PATCH', `/api/actions/${UNKNOWN}`, { title: 'x' })).statusCode).toBe(404);
    const lead = await createPerson(ctx.database.db);
    const relead = actionSchema.parse((await send('PATCH', url, { leadIds: [lead.id], position: 2 })).json());
    expect(relead).toMatchObject({ position: 2, version: 3, leads: [{ id: lead.id }] });
    expect((await treeActions(plan.id)).map((a) => a.id)).toEqual([other!.id, action!.id]);
  });

  it('moves an action to another outcome of the same plan, last unless placed, and never to another plan', async () => {
    const plan = await createPlan(ctx.database.db, [1, 2, 2]);
    const { outcomes, actions } = await planRows(ctx.database.db, plan.id);
    const moving = actions[0]!;
    const reply = await send('PATCH', `/api/actions/${moving.id}`, { outcomeId: outcomes[1]!.id });
    expect(reply.statusCode).toBe(200);
    expect(actionSchema.parse(reply.json())).toMatchObject({
      outcome: { id: outcomes[1]!.id, ref: '1.2' },
      position: 3,
    });
    const placed = (await tree(plan.id)).priorities[0]!.outcomes;
    expect(placed[0]!.actions.map((a) => a.ref)).toEqual(['1.1.2']);
    expect(placed[1]!.actions.map((a) => a.ref)).toEqual(['1.2.1', '1.2.2', '1.1.1']);
    expect((await auditOf(ctx.app, manager, moving.id)).map((e) => e.operation)).toContain('move');
    const elsewhere = await createPlan(ctx.database.db);
    const [foreign] = (await planRows(ctx.database.db, elsewhere.id)).outcomes;
    const refused = await send('PATCH', `/api/actions/${moving.id}`, { outcomeId: foreign!.id });
    expect(refused.statusCode).toBe(400);
    expect(refusedFields(refused.json())).toEqual(['body.outcomeId']);
  });

  it('deletes an action without history, refuses one with history, which can be archived instead', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 2]);
    const [kept, spare] = (await planRows(ctx.database.db, plan.id)).actions;
    expect((await send('DELETE', `/api/actions/${spare!.id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/actions/${spare!.id}`)).statusCode).toBe(404);
    expect(
      await ctx.database.db.select().from(actionLeads).where(eq(actionLeads.actionId, spare!.id)),
    ).toEqual([]);

    await addStatusUpdate(ctx.database.db, kept!.id);
    const refused = await send('DELETE', `/api/actions/${kept!.id}`);
    expect(refused.statusCode).toBe(409);
    expect(errorResponseSchema.parse(refused.json()).error.message).toMatch(
      /has history: archive it instead/,
    );
    const archived = await send('POST', `/api/actions/${kept!.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(actionSchema.parse(archived.json()).archivedAt).not.toBeNull();
    expect(archived.headers.etag).toBe(`"${actionSchema.parse(archived.json()).version}"`);
    const after = await tree(plan.id);
    expect(after.actionCount).toBe(0);
    expect(after.priorities[0]!.outcomes[0]!.actions).toEqual([]);
    expect((await send('PATCH', `/api/actions/${kept!.id}`, { title: 'x' })).statusCode).toBe(409);
    // An archived ref no longer blocks a live one.
    const lead = await createPerson(ctx.database.db);
    const reused = await send('POST', `/api/outcomes/${kept!.outcomeId}/actions`, {
      ref: kept!.ref,
      title: 'T',
      leadIds: [lead.id],
    });
    expect(reused.statusCode).toBe(201);
  });

  it('sets a new completion date with a reason and If-Match, clears it, and keeps both in the history', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 1]);
    const [row] = (await planRows(ctx.database.db, plan.id)).actions;
    const url = `/api/actions/${row!.id}/new-date`;
    const current = async () => actionSchema.parse((await send('GET', `/api/actions/${row!.id}`)).json());
    const put = async (body: object, version?: number) =>
      send('PUT', url, body, { 'if-match': `"${version ?? (await current()).version}"` });

    const refusals: [object, string][] = [
      [{ date: '2026-11-24', reason: 'x' }, 'The new completion date must be after today'],
      [{ date: '2026-12-31' }, 'Invalid input: expected string, received undefined'],
      [{ date: '2026-12-31', reason: ' ' }, 'Say why the date changes'],
      [{ date: '2026-13-01', reason: 'x' }, 'Expected a date as YYYY-MM-DD, for example 2023-02-28'],
    ];
    for (const [body, message] of refusals) {
      const refused = await put(body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error.details?.[0]?.message ?? refused.json().error.message).toBe(message);
    }
    const board = requestsAs(ctx.app, await signInAs(ctx.app, 'board'));
    const byBoard = await board('PUT', url, { date: '2027-05-31', reason: 'x' }, { 'if-match': '"1"' });
    expect(byBoard.statusCode).toBe(403);
    const agreed = await put({ date: '2027-05-31', reason: 'Agreed at the board' }, 1);
    const stale = await put({ date: '2027-06-30', reason: 'Agreed at the board' }, 1);
    expect([agreed.statusCode, stale.statusCode]).toEqual([200, 409]);
    expect(actionSchema.parse(agreed.json())).toMatchObject({
      dueMonth: '2026-06',
      newDate: { date: '2027-05-31', source: 'manager', since: '2026-11' },
      pastOriginalDate: true,
      pastNewDate: false,
    });
    expect(agreed.headers.etag).toBe(`"${actionSchema.parse(agreed.json()).version}"`);

    const cleared = await put({ date: null, reason: 'The board withdrew the date' });
    expect(cleared.statusCode).toBe(200);
    expect(actionSchema.parse(cleared.json())).toMatchObject({ newDate: null, pastOriginalDate: true });
    const audit = await auditOf(ctx.app, manager, row!.id);
    expect(
      audit.filter((e) => e.operation === 'new-date').map((e) => (e.after as { reason: string }).reason),
    ).toEqual(['The board withdrew the date', 'Agreed at the board']);
    // Never deleted once it has a date's history: it is archived instead.
    expect((await send('DELETE', `/api/actions/${row!.id}`)).statusCode).toBe(409);
  });

  it('is for the manager only, but anyone signed in may read an action', async () => {
    const plan = await createPlan(ctx.database.db);
    const { actions, outcomes } = await planRows(ctx.database.db, plan.id);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect((await other('GET', `/api/actions/${actions[0]!.id}`)).statusCode).toBe(200);
      expect((await other('PATCH', `/api/actions/${actions[0]!.id}`, { title: 'x' })).statusCode).toBe(403);
      expect((await other('DELETE', `/api/actions/${actions[0]!.id}`)).statusCode).toBe(403);
      expect((await other('POST', `/api/actions/${actions[0]!.id}/archive`)).statusCode).toBe(403);
      expect((await other('POST', `/api/outcomes/${outcomes[0]!.id}/actions`, {})).statusCode).toBe(403);
    }
  });
});
