import type { CarriedActionRef, Month, PersonRef } from '@ragboard/shared';
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import { actionLeads, actions, organisations, people, plans, statusUpdates } from '../db/schema';

/**
 * An update that is a Blue still waiting for the manager: neither signed off nor refused, and
 * not replaced by a later update. The one statement of "awaiting sign-off".
 */
export const blueAwaitingSignOff = and(
  eq(statusUpdates.status, 'Blue'),
  isNull(statusUpdates.signedOffAt),
  isNull(statusUpdates.rejectedAt),
  isNull(statusUpdates.supersededById),
)!;

/** What `planOfAction` has learnt, for each database: action id → plan id. */
const plansOfActions = new WeakMap<Db, LRUCache<string, string>>();

/**
 * The plan an action belongs to, or null when there is no such action: what a cached read of the
 * action needs before it reads anything (its reply is kept, and dropped, with its plan's). An
 * action never leaves its plan, so each one is looked up once and then known, with no query; the
 * one place this is kept, for every route that needs it.
 */
export async function planOfAction(db: Db, actionId: string): Promise<string | null> {
  let known = plansOfActions.get(db);
  if (!known) {
    known = new LRUCache({ max: 100_000 });
    plansOfActions.set(db, known);
  }
  const remembered = known.get(actionId);
  if (remembered) return remembered;
  const [row] = await db.select({ planId: actions.planId }).from(actions).where(eq(actions.id, actionId));
  if (row) known.set(actionId, row.planId);
  return row?.planId ?? null;
}

/** Actions (within `scope`) whose Blue awaits sign-off: their status stays as it was meanwhile. */
export function awaitingSignOff(db: Db, scope: SQL) {
  return db
    .selectDistinct({ actionId: statusUpdates.actionId })
    .from(statusUpdates)
    .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
    .where(and(scope, blueAwaitingSignOff, sql`${actions.status} <> 'Blue'`));
}

/**
 * The leads of the actions within `scope` (a condition on actions), in the plan's order for each
 * action, as person refs keyed by action: one query for any number of actions.
 */
export async function actionLeadRefs(db: Db, scope: SQL): Promise<Map<string, PersonRef[]>> {
  const rows = await db
    .select({
      actionId: actionLeads.actionId,
      id: people.id,
      name: people.name,
      organisation: organisations.name,
    })
    .from(actionLeads)
    .innerJoin(actions, eq(actions.id, actionLeads.actionId))
    .innerJoin(people, eq(people.id, actionLeads.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(scope)
    .orderBy(asc(actionLeads.position));
  const byAction = new Map<string, PersonRef[]>();
  for (const { actionId, ...lead } of rows) byAction.set(actionId, [...(byAction.get(actionId) ?? []), lead]);
  return byAction;
}

/**
 * Where each action within `scope` was carried forward from (the action of the previous plan it
 * continues), keyed by action: one query for any number of actions.
 */
export async function carriedFromRefs(db: Db, scope: SQL): Promise<Map<string, CarriedActionRef>> {
  const earlier = alias(actions, 'earlier');
  const rows = await db
    .select({
      actionId: actions.id,
      planId: plans.id,
      planTitle: plans.title,
      earlierId: earlier.id,
      ref: earlier.ref,
    })
    .from(actions)
    .innerJoin(earlier, eq(earlier.id, actions.carriedFromId))
    .innerJoin(plans, eq(plans.id, earlier.planId))
    .where(and(scope, isNotNull(actions.carriedFromId)));
  return new Map(
    rows.map((r) => [
      r.actionId,
      { planId: r.planId, planTitle: r.planTitle, actionId: r.earlierId, ref: r.ref },
    ]),
  );
}

/**
 * Where each action within `scope` was carried forward to (the action of the next plan that
 * continues it), with that plan's first month, keyed by action: one query for any number of actions.
 */
export async function carriedToRefs(
  db: Db,
  scope: SQL,
): Promise<Map<string, CarriedActionRef & { start: Month }>> {
  const next = alias(actions, 'next');
  const rows = await db
    .select({
      actionId: actions.id,
      planId: plans.id,
      planTitle: plans.title,
      start: plans.periodStart,
      nextId: next.id,
      ref: next.ref,
    })
    .from(next)
    .innerJoin(actions, eq(actions.id, next.carriedFromId))
    .innerJoin(plans, eq(plans.id, next.planId))
    .where(scope);
  return new Map(
    rows.map((r) => [
      r.actionId,
      { planId: r.planId, planTitle: r.planTitle, actionId: r.nextId, ref: r.ref, start: r.start },
    ]),
  );
}
