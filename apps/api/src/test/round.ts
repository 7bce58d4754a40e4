import { eq } from 'drizzle-orm';
import type { BuildAppOptions } from '../app';
import type { Db } from '../db/client';
import { actionLeads, priorities, reportingPeriods, statusUpdates } from '../db/schema';
import { announcePlanChange } from '../journal';
import { createPerson, createPlan, planRows } from './factories';
import { requestsAs } from './requests';
import { signInAs } from './sign-in';
import { createTestApp } from './test-app';

/**
 * A monthly round to remind: November 2026 open (deadline the 30th, five days' grace), three
 * actions: 1.1.1 and 1.1.2 led by Sally (no account), 1.1.3 by Dave; Gina leads the delivery
 * group. 1.1.1 was Green in October with a note.
 */
export async function createRound(
  db: Db,
  period = { month: '2026-11', deadline: '2026-11-30', graceDays: 5 },
) {
  const plan = await createPlan(db, [1, 1, 3], 'Round plan');
  const rows = await planRows(db, plan.id);
  const [a1, a2, a3] = rows.actions as [
    (typeof rows.actions)[0],
    (typeof rows.actions)[0],
    (typeof rows.actions)[0],
  ];
  const sally = await createPerson(db, { name: 'Sally Richardson', email: 'sally@example.org' });
  const dave = await createPerson(db, { name: 'Dave Carr', email: 'dave@example.org' });
  const gina = await createPerson(db, { name: 'Gina Lowe', email: 'gina@example.org' });
  await db.update(actionLeads).set({ personId: sally.id }).where(eq(actionLeads.actionId, a1.id));
  await db.update(actionLeads).set({ personId: sally.id }).where(eq(actionLeads.actionId, a2.id));
  await db.update(actionLeads).set({ personId: dave.id }).where(eq(actionLeads.actionId, a3.id));
  await db
    .update(priorities)
    .set({ deliveryGroupLeadId: gina.id, deliveryGroupName: 'Round Delivery Group' })
    .where(eq(priorities.id, rows.priorities[0]!.id));
  await db.insert(reportingPeriods).values([
    {
      planId: plan.id,
      month: '2026-10',
      state: 'closed',
      deadline: '2026-10-30',
      openedAt: new Date('2026-10-01T09:00:00Z'),
    },
    {
      planId: plan.id,
      month: period.month,
      state: 'open',
      deadline: period.deadline,
      graceDays: period.graceDays,
      openedAt: new Date(`${period.month}-01T09:00:00Z`),
    },
  ]);
  await db.insert(statusUpdates).values({
    actionId: a1.id,
    period: '2026-10',
    status: 'Green',
    note: 'October: the task and finish group met',
    createdAt: new Date('2026-10-28T10:00:00Z'),
  });
  await announcePlanChange(db, plan.id);
  return { plan, actions: [a1, a2, a3] as const, sally, dave, gina, month: period.month };
}

/**
 * The round above in the real app at `at`: a clock to move, and the manager signed in (again at
 * each move of the clock, as a session does not last days). `close()` drops app and database.
 */
export async function roundApp(at: string, options: Partial<BuildAppOptions> = {}) {
  let clock = new Date(at);
  const ctx = await createTestApp({ now: () => clock, ...options });
  const round = await createRound(ctx.database.db);
  let manager = await signInAs(ctx.app, 'manager');
  const as: ReturnType<typeof requestsAs> = (...args) => requestsAs(ctx.app, manager)(...args);
  return {
    ...round,
    app: ctx.app,
    db: ctx.database.db,
    as,
    manager: () => manager,
    base: `/api/plans/${round.plan.id}`,
    close: ctx.close,
    async setClock(next: string) {
      clock = new Date(next);
      manager = await signInAs(ctx.app, 'manager');
    },
  };
}
