import { myActionsSchema } from '@ragboard/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUCCESSOR_TITLE } from '../../db/demo/demo-successor';
import { seedDemo } from '../../db/demo/seed-demo';
import { people, plans, priorities, reportingPeriods, users } from '../../db/schema';
import { createActionWithLead, createPerson } from '../../test/factories';
import { requestsAs } from '../../test/requests';
import { signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const today = new Date('2026-11-24T12:00:00Z');

describe('My actions', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
  });
  afterAll(() => ctx.close());

  it('lists the demo lead’s actions in the live plan, those still needing this month’s update first', async () => {
    await seedDemo(ctx.database.db, today);
    const lead = await signIn(ctx.app, 'lead@example.org', 'ragboard-demo');
    const { items } = myActionsSchema.parse(
      (await requestsAs(ctx.app, lead)('GET', '/api/my/actions')).json(),
    );
    // Only active plans: her unfinished 2023-24 actions are there as carried forward into 2025-27.
    expect(items.length).toBeGreaterThan(3);
    expect(new Set(items.map((i) => i.plan.title))).toEqual(new Set([SUCCESSOR_TITLE]));
    expect(items.every((i) => i.action.leads.some((l) => l.name === 'Sapphire Murray'))).toBe(true);
    const firstDone = items.findIndex((i) => !i.needsUpdate);
    expect(items.slice(firstDone).some((i) => i.needsUpdate)).toBe(false);
    expect(items.every((i) => i.period === '2026-11')).toBe(true);
    // When they are due, as the dashboard says it: the open month's deadline.
    const [deadline] = await ctx.database.db
      .select({ deadline: reportingPeriods.deadline })
      .from(reportingPeriods)
      .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
      .where(and(eq(plans.title, SUCCESSOR_TITLE), eq(reportingPeriods.month, '2026-11')));
    expect(deadline?.deadline).toMatch(/^2026-1[12]-\d\d$/);
    expect(items.every((i) => i.deadline === deadline!.deadline)).toBe(true);
    // November is off the quarter: priorities 1 and 2 report quarterly "or by exception", so
    // their actions are due only when Amber, Red or past their due month.
    const inTrouble = (a: (typeof items)[number]['action']) =>
      a.status === 'Amber' || a.status === 'Red' || (a.dueMonth !== null && a.dueMonth < '2026-11');
    for (const i of items)
      expect(i.needsUpdate, i.action.ref).toBe(
        !i.updated &&
          i.action.status !== 'Blue' &&
          (!['1', '2'].includes(i.priorityRef) || inTrouble(i.action)),
      );
  });

  it('includes the actions of a priority whose delivery group the person leads, and marks an update as given', async () => {
    const t = await createActionWithLead(ctx.database.db);
    const head = await createPerson(ctx.database.db, { name: 'Head of Inclusion' });
    await ctx.database.db
      .update(priorities)
      .set({ deliveryGroupLeadId: head.id })
      .where(eq(priorities.id, t.priority.id));
    const groupLead = await signInAs(ctx.app, 'lead', { personId: head.id });
    const lead = await signInAs(ctx.app, 'lead', { personId: t.leadPersonId });
    const mine = async (who: typeof lead) =>
      myActionsSchema.parse((await requestsAs(ctx.app, who)('GET', '/api/my/actions')).json()).items;
    expect((await mine(groupLead)).map((i) => [i.action.id, i.as])).toEqual([
      [t.action.id, 'delivery-group-lead'],
    ]);
    // A plan that keeps no reporting periods has no deadline to give.
    expect((await mine(lead))[0]).toMatchObject({
      as: 'lead',
      needsUpdate: true,
      updated: false,
      deadline: null,
    });
    await requestsAs(ctx.app, lead)('POST', `/api/actions/${t.action.id}/updates`, {
      period: '2026-11',
      status: 'Green',
      note: 'On track',
    });
    expect((await mine(lead))[0]).toMatchObject({ needsUpdate: false, updated: true });
  });

  it('is empty for an account that is not a person in the plan', async () => {
    const board = await signInAs(ctx.app, 'board');
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, board.userId));
    expect(row!.personId).toBeNull();
    const reply = await requestsAs(ctx.app, board)('GET', '/api/my/actions');
    expect(myActionsSchema.parse(reply.json()).items).toEqual([]);
    expect(await ctx.database.db.select().from(people).limit(1)).toHaveLength(1);
  });
});
