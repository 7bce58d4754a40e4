import {
  errorResponseSchema,
  planTreeSchema,
  prioritySchema,
  staleVersionErrorSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, outcomes } from '../../db/schema';
import { countPlanChanges } from '../../test/announced';
import { addStatusUpdate, createPerson, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('keeping a plan’s priorities and delivery groups, as the partnership manager', () => {
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

  it('adds a priority with its delivery group at the end of the plan, audited, and announced to the caches', async () => {
    const plan = await createPlan(ctx.database.db, [1, 0, 0]);
    const lead = await createPerson(ctx.database.db, { name: 'Victoria Harvey-Higgins' });
    const changesOf = countPlanChanges(ctx.database);
    const reply = await send('POST', `/api/plans/${plan.id}/priorities`, {
      ref: '2',
      title: 'Preparing for adulthood',
      deliveryGroup: {
        name: 'PfA group',
        leadId: lead.id,
        leadRole: 'Head of Inclusion',
        reportingCadence: 'quarterly',
        byException: true,
      },
    });
    expect(reply.statusCode).toBe(201);
    const priority = prioritySchema.parse(reply.json());
    expect(priority).toMatchObject({
      ref: '2',
      position: 2,
      deliveryGroup: {
        name: 'PfA group',
        leadRole: 'Head of Inclusion',
        lead: { id: lead.id, name: 'Victoria Harvey-Higgins' },
        reportingCadence: 'quarterly',
        byException: true,
      },
    });
    expect(changesOf(plan.id)).toBe(1);
    expect((await tree(plan.id)).priorities.map((p) => p.ref)).toEqual(['1', '2']);
    expect((await auditOf(ctx.app, manager, priority.id))[0]).toMatchObject({
      operation: 'create',
      entityType: 'priority',
    });
  });

  it('refuses a bad priority with 400 naming each field, an unknown plan with 404, a taken ref with 409', async () => {
    const plan = await createPlan(ctx.database.db);
    const url = `/api/plans/${plan.id}/priorities`;
    const bad = await send('POST', url, {
      ref: 'a b',
      title: '',
      deliveryGroup: { reportingCadence: 'weekly' },
    });
    expect(refusedFields(bad.json())).toEqual(
      expect.arrayContaining(['body.ref', 'body.title', 'body.deliveryGroup.reportingCadence']),
    );
    const nobody = await send('POST', url, { ref: '5', title: 'T', deliveryGroup: { leadId: UNKNOWN } });
    expect(refusedFields(nobody.json())).toEqual(['body.deliveryGroup.leadId']);
    expect(
      (await send('POST', `/api/plans/${UNKNOWN}/priorities`, { ref: '5', title: 'T' })).statusCode,
    ).toBe(404);
    expect((await send('POST', url, { ref: '1', title: 'Again' })).statusCode).toBe(409);
  });

  it('edits with If-Match and reorders; a stale ETag gets 409 with the current priority', async () => {
    const plan = await createPlan(ctx.database.db, [3, 0, 0]);
    const [first, , third] = (await planRows(ctx.database.db, plan.id)).priorities;
    const url = `/api/priorities/${third!.id}`;
    const moved = await send(
      'PATCH',
      url,
      { position: 1, deliveryGroup: { byException: true } },
      { 'if-match': '"1"' },
    );
    expect(prioritySchema.parse(moved.json())).toMatchObject({
      position: 1,
      version: 2,
      deliveryGroup: { byException: true },
    });
    expect((await tree(plan.id)).priorities.map((p) => p.ref)).toEqual(['3', '1', '2']);
    const stale = await send('PATCH', url, { title: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      id: third!.id,
      version: 2,
    });
    expect((await send('PATCH', url, { ref: first!.ref })).statusCode).toBe(409);
    expect((await send('PATCH', `/api/priorities/${UNKNOWN}`, { title: 'x' })).statusCode).toBe(404);
  });

  it('deletes a priority without history with everything in it', async () => {
    const plan = await createPlan(ctx.database.db, [2, 2, 2]);
    const [gone] = (await planRows(ctx.database.db, plan.id)).priorities;
    expect((await send('DELETE', `/api/priorities/${gone!.id}`)).statusCode).toBe(204);
    const rows = await planRows(ctx.database.db, plan.id);
    expect(rows.priorities.map((p) => p.ref)).toEqual(['2']);
    expect(rows.outcomes.map((o) => o.ref)).toEqual(['2.1', '2.2']);
    expect(rows.actions).toHaveLength(4);
    expect((await send('DELETE', `/api/priorities/${gone!.id}`)).statusCode).toBe(404);
  });

  it('refuses to delete a priority holding an action with history, and archives it with its contents', async () => {
    const plan = await createPlan(ctx.database.db, [2, 1, 1]);
    const { priorities, actions: actionRows } = await planRows(ctx.database.db, plan.id);
    await addStatusUpdate(ctx.database.db, actionRows[0]!.id);
    const refused = await send('DELETE', `/api/priorities/${priorities[0]!.id}`);
    expect(refused.statusCode).toBe(409);
    expect(errorResponseSchema.parse(refused.json()).error.message).toMatch(/archive it instead/);
    const archived = await send('POST', `/api/priorities/${priorities[0]!.id}/archive`);
    expect(prioritySchema.parse(archived.json()).archivedAt).not.toBeNull();
    expect(archived.headers.etag).toBe(`"${prioritySchema.parse(archived.json()).version}"`);
    const after = await tree(plan.id);
    expect(after.priorities.map((p) => p.ref)).toEqual(['2']);
    expect(after.actionCount).toBe(1);
    const [outcome] = await ctx.database.db
      .select()
      .from(outcomes)
      .where(eq(outcomes.priorityId, priorities[0]!.id));
    expect(outcome!.archivedAt).not.toBeNull();
    const [action] = await ctx.database.db.select().from(actions).where(eq(actions.id, actionRows[0]!.id));
    expect(action!.archivedAt).not.toBeNull();
  });

  it('is for the manager only', async () => {
    const plan = await createPlan(ctx.database.db);
    const [priority] = (await planRows(ctx.database.db, plan.id)).priorities;
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect(
        (await other('POST', `/api/plans/${plan.id}/priorities`, { ref: '9', title: 'T' })).statusCode,
      ).toBe(403);
      expect((await other('PATCH', `/api/priorities/${priority!.id}`, { title: 'x' })).statusCode).toBe(403);
      expect((await other('DELETE', `/api/priorities/${priority!.id}`)).statusCode).toBe(403);
      expect((await other('POST', `/api/priorities/${priority!.id}/archive`)).statusCode).toBe(403);
    }
  });
});
