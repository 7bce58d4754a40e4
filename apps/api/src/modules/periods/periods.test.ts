import { periodListSchema, periodSchema, planTreeSchema } from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingPeriods } from '../../db/schema';
import { createActionWithLead } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T10:00:00Z');

describe('reporting periods', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  it('opens a month with a deadline, which becomes the plan’s current period and takes updates', async () => {
    const t = await createActionWithLead(ctx.database.db);
    const send = requestsAs(ctx.app, manager);
    const base = `/api/plans/${t.plan.id}`;
    const tree = async () => planTreeSchema.parse((await send('GET', base)).json());
    expect((await tree()).currentPeriod).toBe('2026-11');

    const opened = await send('POST', `${base}/periods`, { month: '2026-10', deadline: '2026-11-10' });
    expect(opened.statusCode).toBe(201);
    expect(periodSchema.parse(opened.json())).toMatchObject({
      month: '2026-10',
      state: 'open',
      graceDays: 5,
    });
    expect((await tree()).currentPeriod).toBe('2026-10');
    expect(
      (await send('POST', `${base}/periods`, { month: '2026-10', deadline: '2026-11-10' })).statusCode,
    ).toBe(409);

    const update = await send('POST', `/api/actions/${t.action.id}/updates`, {
      period: '2026-10',
      status: 'Green',
      note: 'On track',
    });
    expect(update.statusCode).toBe(201);
    const list = periodListSchema.parse((await send('GET', `${base}/periods`)).json());
    expect(list.periods.map((p) => p.month)).toEqual(['2026-10']);
  });

  it('refuses a month outside the plan and a deadline before its month, naming the field', async () => {
    const t = await createActionWithLead(ctx.database.db);
    const send = requestsAs(ctx.app, manager);
    const outside = await send('POST', `/api/plans/${t.plan.id}/periods`, {
      month: '2027-03',
      deadline: '2027-04-10',
    });
    expect(refusedFields(outside.json())).toEqual(['body.month']);
    const early = await send('POST', `/api/plans/${t.plan.id}/periods`, {
      month: '2026-10',
      deadline: '2026-09-30',
    });
    expect(refusedFields(early.json())).toEqual(['body.deadline']);
    const bad = await send('POST', `/api/plans/${t.plan.id}/periods`, { month: 'October', deadline: 'soon' });
    expect(refusedFields(bad.json()).sort()).toEqual(['body.deadline', 'body.month']);
  });

  it('closes a month: its updates become read-only and the plan as it stood is kept', async () => {
    const t = await createActionWithLead(ctx.database.db);
    const send = requestsAs(ctx.app, manager);
    const base = `/api/plans/${t.plan.id}`;
    await send('POST', `${base}/periods`, { month: '2026-11', deadline: '2026-11-30' });
    await send('POST', `/api/actions/${t.action.id}/updates`, {
      period: '2026-11',
      status: 'Amber',
      note: 'Late',
    });
    const closed = await send('POST', `${base}/periods/2026-11/close`);
    expect(closed.statusCode).toBe(200);
    expect(periodSchema.parse(closed.json()).state).toBe('closed');
    const late = await send('POST', `/api/actions/${t.action.id}/updates`, {
      period: '2026-11',
      status: 'Green',
      note: 'x',
    });
    expect(late.statusCode).toBe(409);
    const [row] = await ctx.database.db
      .select()
      .from(reportingPeriods)
      .where(and(eq(reportingPeriods.planId, t.plan.id), eq(reportingPeriods.month, '2026-11')));
    const snapshot = planTreeSchema.parse(row!.snapshot);
    expect(snapshot.priorities[0]!.outcomes[0]!.actions[0]!.status).toBe('Amber');
    expect((await send('POST', `${base}/periods/2026-11/close`)).statusCode).toBe(409);
    expect((await send('POST', `${base}/periods/2026-09/close`)).statusCode).toBe(404);
    expect((await auditOf(ctx.app, manager, row!.id)).map((e) => e.operation)).toEqual(['close', 'open']);
    expect(planTreeSchema.parse((await send('GET', base)).json()).currentPeriod).toBeNull();
  });

  it('is the manager’s to open and close', async () => {
    const t = await createActionWithLead(ctx.database.db);
    const lead = await signInAs(ctx.app, 'lead', { personId: t.leadPersonId });
    const reply = await requestsAs(ctx.app, lead)('POST', `/api/plans/${t.plan.id}/periods`, {
      month: '2026-11',
      deadline: '2026-11-30',
    });
    expect(reply.statusCode).toBe(403);
  });
});
