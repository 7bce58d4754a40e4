import { outcomeSchema, planTreeSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStatusUpdate, createPerson, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('keeping a plan’s outcomes, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  const tree = async (planId: string) =>
    planTreeSchema.parse((await send('GET', `/api/plans/${planId}`)).json());
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('adds an outcome with its lead at the end of a priority, audited', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 0]);
    const [priority] = (await planRows(ctx.database.db, plan.id)).priorities;
    const lead = await createPerson(ctx.database.db, { name: 'Sally Richardson' });
    const reply = await send('POST', `/api/priorities/${priority!.id}/outcomes`, {
      ref: '1.2',
      title: 'Families are heard',
      leadId: lead.id,
    });
    expect(reply.statusCode).toBe(201);
    const outcome = outcomeSchema.parse(reply.json());
    expect(outcome).toMatchObject({
      ref: '1.2',
      position: 2,
      priorityId: priority!.id,
      lead: { id: lead.id, name: 'Sally Richardson' },
    });
    expect((await tree(plan.id)).priorities[0]!.outcomes.map((o) => o.ref)).toEqual(['1.1', '1.2']);
    expect((await auditOf(ctx.app, manager, outcome.id))[0]).toMatchObject({
      operation: 'create',
      entityType: 'outcome',
    });
  });

  it('refuses a bad outcome with 400 naming the field, an unknown priority with 404, a taken ref with 409', async () => {
    const plan = await createPlan(ctx.database.db);
    const [priority] = (await planRows(ctx.database.db, plan.id)).priorities;
    const url = `/api/priorities/${priority!.id}/outcomes`;
    expect(refusedFields((await send('POST', url, { ref: '1.5' })).json())).toEqual(['body.title']);
    expect(
      refusedFields((await send('POST', url, { ref: '1.5', title: 'T', leadId: UNKNOWN })).json()),
    ).toEqual(['body.leadId']);
    expect(
      (await send('POST', `/api/priorities/${UNKNOWN}/outcomes`, { ref: '1.5', title: 'T' })).statusCode,
    ).toBe(404);
    expect((await send('POST', url, { ref: '1.1', title: 'Again' })).statusCode).toBe(409);
  });

  it('moves an outcome with its actions to another priority of the same plan, never to another plan', async () => {
    const plan = await createPlan(ctx.database.db, [2, 1, 2]);
    const { priorities, outcomes } = await planRows(ctx.database.db, plan.id);
    const url = `/api/outcomes/${outcomes[0]!.id}`;
    const moved = await send(
      'PATCH',
      url,
      { priorityId: priorities[1]!.id, position: 1 },
      { 'if-match': '"1"' },
    );
    expect(outcomeSchema.parse(moved.json())).toMatchObject({
      priorityId: priorities[1]!.id,
      position: 1,
      version: 2,
    });
    const after = await tree(plan.id);
    expect(after.priorities[0]!.outcomes).toEqual([]);
    expect(after.priorities[1]!.outcomes.map((o) => [o.ref, o.actions.length])).toEqual([
      ['1.1', 2],
      ['2.1', 2],
    ]);
    const stale = await send('PATCH', url, { title: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({ version: 2 });
    const elsewhere = await createPlan(ctx.database.db);
    const [foreign] = (await planRows(ctx.database.db, elsewhere.id)).priorities;
    const refused = await send('PATCH', url, { priorityId: foreign!.id });
    expect(refusedFields(refused.json())).toEqual(['body.priorityId']);
    expect((await send('PATCH', `/api/outcomes/${UNKNOWN}`, { title: 'x' })).statusCode).toBe(404);
  });

  it('deletes an outcome without history, archives one with history instead', async () => {
    const plan = await createPlan(ctx.database.db, [1, 2, 1]);
    const { outcomes, actions } = await planRows(ctx.database.db, plan.id);
    expect((await send('DELETE', `/api/outcomes/${outcomes[1]!.id}`)).statusCode).toBe(204);
    expect((await planRows(ctx.database.db, plan.id)).actions.map((a) => a.ref)).toEqual(['1.1.1']);
    await addStatusUpdate(ctx.database.db, actions[0]!.id);
    expect((await send('DELETE', `/api/outcomes/${outcomes[0]!.id}`)).statusCode).toBe(409);
    const archived = await send('POST', `/api/outcomes/${outcomes[0]!.id}/archive`);
    expect(outcomeSchema.parse(archived.json()).archivedAt).not.toBeNull();
    expect(archived.headers.etag).toBe(`"${outcomeSchema.parse(archived.json()).version}"`);
    const after = await tree(plan.id);
    expect(after.priorities[0]!.outcomes).toEqual([]);
    expect(after.actionCount).toBe(0);
  });

  it('is for the manager only', async () => {
    const plan = await createPlan(ctx.database.db);
    const { priorities, outcomes } = await planRows(ctx.database.db, plan.id);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect(
        (await other('POST', `/api/priorities/${priorities[0]!.id}/outcomes`, { ref: '9', title: 'T' }))
          .statusCode,
      ).toBe(403);
      expect((await other('PATCH', `/api/outcomes/${outcomes[0]!.id}`, { title: 'x' })).statusCode).toBe(403);
      expect((await other('DELETE', `/api/outcomes/${outcomes[0]!.id}`)).statusCode).toBe(403);
      expect((await other('POST', `/api/outcomes/${outcomes[0]!.id}/archive`)).statusCode).toBe(403);
    }
  });
});
