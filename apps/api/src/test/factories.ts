import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { DEMO_PLAN_SLUG } from '../db/demo/demo-plan';
import {
  actionLeads,
  actions,
  organisations,
  outcomes,
  people,
  plans,
  priorities,
  reportingPeriods,
  statusUpdates,
} from '../db/schema';
import { announcePlanChange } from '../journal';
import { createUser } from './sign-in';

// Factories write straight to the tables; those that change an existing plan bump its revision,
// as the services do, so cached reads see them.

/** A small plan shaped like a real one: `shape` is [priorities, outcomes each, actions each]. */
export async function createPlan(db: Db, shape: [number, number, number] = [1, 1, 1], title = 'Test plan') {
  const [plan] = await db
    .insert(plans)
    .values({
      slug: `test-${randomUUID()}`,
      title,
      periodStart: '2026-01',
      periodEnd: '2026-12',
      state: 'active',
    })
    .returning();
  const [lead] = await db
    .insert(people)
    .values({ name: `Lead ${randomUUID().slice(0, 8)}` })
    .returning();
  for (let p = 1; p <= shape[0]; p++) {
    const [priority] = await db
      .insert(priorities)
      .values({ planId: plan!.id, ref: `${p}`, position: p, title: `Priority ${p}` })
      .returning();
    for (let o = 1; o <= shape[1]; o++) {
      const [outcome] = await db
        .insert(outcomes)
        .values({
          planId: plan!.id,
          priorityId: priority!.id,
          ref: `${p}.${o}`,
          position: o,
          title: `Outcome ${p}.${o}`,
        })
        .returning();
      for (let a = 1; a <= shape[2]; a++) {
        const [action] = await db
          .insert(actions)
          .values({
            planId: plan!.id,
            outcomeId: outcome!.id,
            ref: `${p}.${o}.${a}`,
            position: a,
            title: `Action ${p}.${o}.${a}`,
            dueMonth: '2026-06',
            dueText: 'Jun-26',
          })
          .returning();
        await db.insert(actionLeads).values({ actionId: action!.id, personId: lead!.id });
      }
    }
  }
  return plan!;
}

/** The rows of a plan made by createPlan, each kind in ref order. */
export async function planRows(db: Db, planId: string) {
  const [priorityRows, outcomeRows, actionRows] = await Promise.all([
    db.select().from(priorities).where(eq(priorities.planId, planId)).orderBy(asc(priorities.ref)),
    db.select().from(outcomes).where(eq(outcomes.planId, planId)).orderBy(asc(outcomes.ref)),
    db.select().from(actions).where(eq(actions.planId, planId)).orderBy(asc(actions.ref)),
  ]);
  return { priorities: priorityRows, outcomes: outcomeRows, actions: actionRows };
}

export async function createPerson(db: Db, values: Partial<typeof people.$inferInsert> = {}) {
  const [person] = await db
    .insert(people)
    .values({ name: `Person ${randomUUID().slice(0, 8)}`, ...values })
    .returning();
  return person!;
}

export async function createOrganisation(db: Db, values: Partial<typeof organisations.$inferInsert> = {}) {
  const [organisation] = await db
    .insert(organisations)
    .values({ name: `Organisation ${randomUUID().slice(0, 8)}`, kind: 'council', ...values })
    .returning();
  return organisation!;
}

/** History on an action: once it has one, the action may be archived but never deleted. */
export async function addStatusUpdate(db: Db, actionId: string, period = '2026-05') {
  const [update] = await db
    .insert(statusUpdates)
    .values({ actionId, period, status: 'Green', note: 'On track' })
    .returning();
  const [action] = await db.select({ planId: actions.planId }).from(actions).where(eq(actions.id, actionId));
  await announcePlanChange(db, action!.planId);
  return update!;
}

/** One action (due `dueMonth`) led by one person, in a plan of one priority and one outcome. */
export async function createActionWithLead(db: Db, dueMonth = '2026-06') {
  const plan = await createPlan(db, [1, 1, 1]);
  const rows = await planRows(db, plan.id);
  const action = rows.actions[0]!;
  await db.update(actions).set({ dueMonth, dueText: null }).where(eq(actions.id, action.id));
  await announcePlanChange(db, plan.id);
  const [lead] = await db.select().from(actionLeads).where(eq(actionLeads.actionId, action.id));
  return {
    plan,
    priority: rows.priorities[0]!,
    outcome: rows.outcomes[0]!,
    action,
    leadPersonId: lead!.personId,
  };
}

export async function openPeriod(db: Db, planId: string, month: string, state: 'open' | 'closed' = 'open') {
  const [period] = await db
    .insert(reportingPeriods)
    .values({ planId, month, state, deadline: `${month}-20` })
    .returning();
  await announcePlanChange(db, planId);
  return period!;
}

/** Gives every action of a plan its own lead, with an account: [{ actionId, userId }] in ref order. */
export async function leadEveryAction(db: Db, planId: string) {
  const { actions: rows } = await planRows(db, planId);
  const leads: { actionId: string; userId: string; personId: string }[] = [];
  for (const action of rows) {
    const person = await createPerson(db, { name: `Lead of ${action.ref}` });
    await db.update(actionLeads).set({ personId: person.id }).where(eq(actionLeads.actionId, action.id));
    const user = await createUser(db, 'lead', { personId: person.id, displayName: person.name });
    leads.push({ actionId: action.id, userId: user.id, personId: person.id });
  }
  await announcePlanChange(db, planId);
  return leads;
}

/**
 * The demo's 2023-24 plan is closed in its own time. Tests that write to it as it stood (its
 * KPIs' 2023 targets, reports on its 153 actions) open it again, and get its id.
 */
export async function reopenDemoPlan(db: Db) {
  const [plan] = await db
    .update(plans)
    .set({ state: 'active' })
    .where(eq(plans.slug, DEMO_PLAN_SLUG))
    .returning({ id: plans.id });
  await announcePlanChange(db, plan!.id);
  return plan!.id;
}
