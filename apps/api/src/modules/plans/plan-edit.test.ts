import { planSchema, planTreeSchema, staleVersionErrorSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpis } from '../../db/schema';
import { countPlanChanges } from '../../test/announced';
import { addStatusUpdate, createPerson, createPlan, planRows } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('keeping plans, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  let changesOf: (planId: string) => number;
  const revision = async (planId: string) => changesOf(planId);
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    changesOf = countPlanChanges(ctx.database);
    manager = await signInAs(ctx.app, 'manager');
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('creates a draft plan with an address from its title, audited, and refuses the same address twice', async () => {
    const body = { title: 'SEND Improvement Plan 2025 – 2026', periodStart: '2025-01', periodEnd: '2026-12' };
    const reply = await send('POST', '/api/plans', body);
    expect(reply.statusCode).toBe(201);
    const plan = planSchema.parse(reply.json());
    expect(plan).toMatchObject({ slug: 'send-improvement-plan-2025-2026', state: 'draft', version: 1 });
    expect(reply.headers.etag).toBe('"1"');
    expect(await revision(plan.id)).toBe(1);
    expect((await auditOf(ctx.app, manager, plan.id))[0]).toMatchObject({
      operation: 'create',
      planId: plan.id,
    });
    const again = await send('POST', '/api/plans', body);
    expect(again.statusCode).toBe(409);
    const chosen = await send('POST', '/api/plans', { ...body, slug: 'send-2025' });
    expect(planSchema.parse(chosen.json()).slug).toBe('send-2025');
  });

  it('refuses a bad plan with 400 naming each field', async () => {
    const bad = await send('POST', '/api/plans', {
      title: '',
      periodStart: '2025-13',
      periodEnd: '2025',
      slug: 'No Spaces',
    });
    expect(bad.statusCode).toBe(400);
    expect(refusedFields(bad.json())).toEqual(
      expect.arrayContaining(['body.title', 'body.periodStart', 'body.periodEnd', 'body.slug']),
    );
    const backwards = await send('POST', '/api/plans', {
      title: 'Backwards',
      periodStart: '2026-01',
      periodEnd: '2025-12',
    });
    expect(refusedFields(backwards.json())).toEqual(['body.periodEnd']);
    const untitled = await send('POST', '/api/plans', {
      title: '!!!',
      periodStart: '2026-01',
      periodEnd: '2026-12',
    });
    expect(refusedFields(untitled.json())).toEqual(['body.slug']);
  });

  it('edits a plan with If-Match, answering a stale ETag with 409 and the current plan', async () => {
    const plan = await createPlan(ctx.database.db);
    const url = `/api/plans/${plan.id}`;
    const changed = await send('PATCH', url, { title: 'Renamed', state: 'draft' }, { 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(planSchema.parse(changed.json())).toMatchObject({ title: 'Renamed', state: 'draft', version: 2 });
    const stale = await send('PATCH', url, { title: 'Lost' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      title: 'Renamed',
      version: 2,
    });
    expect(refusedFields((await send('PATCH', url, { periodStart: '2027-01' })).json())).toEqual([
      'body.periodStart',
    ]);
    expect(refusedFields((await send('PATCH', url, { state: 'archived' })).json())).toEqual(['body.state']);
    expect((await send('PATCH', url, {})).statusCode).toBe(400);
    expect(
      (await send('PATCH', '/api/plans/00000000-0000-4000-8000-000000000000', { title: 'x' })).statusCode,
    ).toBe(404);
  });

  it('archives a plan', async () => {
    const plan = await createPlan(ctx.database.db);
    const before = await revision(plan.id);
    const reply = await send('POST', `/api/plans/${plan.id}/archive`);
    expect(planSchema.parse(reply.json())).toMatchObject({ state: 'archived', version: 2 });
    expect(reply.headers.etag).toBe('"2"');
    expect(await revision(plan.id)).toBe(before + 1);
    expect((await send('POST', '/api/plans/00000000-0000-4000-8000-000000000000/archive')).statusCode).toBe(
      404,
    );
  });

  it('renumbers every live item from its position, swapping refs in one go, and KPIs follow', async () => {
    const plan = await createPlan(ctx.database.db, [2, 2, 2]);
    const rows = await planRows(ctx.database.db, plan.id);
    const [o11, o12] = rows.outcomes;
    // Swap the two outcomes of priority 1 by position, and give an action an odd ref.
    await send('PATCH', `/api/outcomes/${o12!.id}`, { position: 1 });
    await send('PATCH', `/api/actions/${rows.actions[0]!.id}`, { ref: '9.9.9' });
    await ctx.database.db
      .insert(kpis)
      .values({ planId: plan.id, outcomeRef: '1.2', position: 1, statement: 'Measures 1.2' });
    const reply = await send('POST', `/api/plans/${plan.id}/renumber`);
    expect(reply.statusCode).toBe(200);
    const tree = planTreeSchema.parse(reply.json());
    const first = tree.priorities[0]!;
    expect(first.outcomes.map((o) => [o.id, o.ref])).toEqual([
      [o12!.id, '1.1'],
      [o11!.id, '1.2'],
    ]);
    expect(first.outcomes[1]!.actions.map((a) => a.ref)).toEqual(['1.2.1', '1.2.2']);
    const [kpi] = await ctx.database.db.select().from(kpis).where(eq(kpis.planId, plan.id));
    expect(kpi!.outcomeRef).toBe('1.1');
    expect((await auditOf(ctx.app, manager, plan.id)).map((e) => e.operation)).toContain('renumber');
  });

  it('announces a change of the plan once for every write to it, and not for a refused one', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 1]);
    const { priorities, outcomes, actions } = await planRows(ctx.database.db, plan.id);
    const person = await createPerson(ctx.database.db);
    await addStatusUpdate(ctx.database.db, actions[0]!.id);
    const writes: [Parameters<typeof send>, number][] = [
      [['POST', `/api/plans/${plan.id}/priorities`, { ref: '2', title: 'Second' }], 201],
      [['PATCH', `/api/priorities/${priorities[0]!.id}`, { title: 'First' }], 200],
      [['POST', `/api/priorities/${priorities[0]!.id}/outcomes`, { ref: '1.2', title: 'O' }], 201],
      [['PATCH', `/api/outcomes/${outcomes[0]!.id}`, { leadId: person.id }], 200],
      [
        [
          'POST',
          `/api/outcomes/${outcomes[0]!.id}/actions`,
          { ref: '1.1.2', title: 'A', leadIds: [person.id] },
        ],
        201,
      ],
      [['PATCH', `/api/actions/${actions[0]!.id}`, { dueMonth: '2026-09' }], 200],
      [['POST', `/api/actions/${actions[0]!.id}/archive`], 200],
      [['PATCH', `/api/people/${person.id}`, { role: 'Designated Clinical Officer' }], 200],
      [['POST', `/api/plans/${plan.id}/renumber`], 200],
      [['PATCH', `/api/plans/${plan.id}`, { state: 'active' }], 200],
    ];
    for (const [request, status] of writes) {
      const before = await revision(plan.id);
      const reply = await send(...request);
      expect(reply.statusCode, `${request[0]} ${request[1]}`).toBe(status);
      expect(await revision(plan.id), `${request[0]} ${request[1]}`).toBe(before + 1);
    }
    const before = await revision(plan.id);
    expect(
      (await send('POST', `/api/plans/${plan.id}/priorities`, { ref: '1', title: 'Clash' })).statusCode,
    ).toBe(409);
    expect(await revision(plan.id)).toBe(before);
  });

  it('is for the manager only', async () => {
    const plan = await createPlan(ctx.database.db);
    for (const role of ['lead', 'board'] as const) {
      const other = requestsAs(ctx.app, await signInAs(ctx.app, role));
      expect(
        (await other('POST', '/api/plans', { title: 'Mine', periodStart: '2026-01', periodEnd: '2026-12' }))
          .statusCode,
      ).toBe(403);
      expect((await other('PATCH', `/api/plans/${plan.id}`, { title: 'Mine' })).statusCode).toBe(403);
      expect((await other('POST', `/api/plans/${plan.id}/renumber`)).statusCode).toBe(403);
    }
  });
});
