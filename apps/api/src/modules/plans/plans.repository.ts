import {
  type ActionNode,
  type CarriedActionRef,
  emptyStatusCounts,
  isOverdue,
  type Month,
  monthOf,
  type PersonRef,
  type PlanSummary,
  type PlanTree,
} from '@ragboard/shared';
import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
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
} from '../../db/schema';
import { toActionNode } from '../actions/action-node';
import { personRefs } from '../people/people.repository';
import { blueAwaitingSignOff } from '../status-updates/status-updates.repository';
import { type RefChange, rewriteRefs } from './plan-items';

export type PlanRow = typeof plans.$inferSelect;

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
 * continues it), keyed by action: one query for any number of actions.
 */
export async function carriedToRefs(db: Db, scope: SQL): Promise<Map<string, CarriedActionRef>> {
  const next = alias(actions, 'next');
  const rows = await db
    .select({
      actionId: actions.id,
      planId: plans.id,
      planTitle: plans.title,
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
      { planId: r.planId, planTitle: r.planTitle, actionId: r.nextId, ref: r.ref },
    ]),
  );
}

/** Changes to a plan's refs, kind by kind: what renumbering writes. */
export interface PlanRefChanges {
  priorities: RefChange[];
  outcomes: RefChange[];
  actions: RefChange[];
}

type ItemRef = { id: string; ref: string };

/** Plans and their reads. Each read runs a fixed number of queries, whatever the plan's size. */
export function plansRepository(db: Db) {
  const byId = (id: string) => db.select().from(plans).where(eq(plans.id, id));

  /**
   * The month updates go to by default: the latest open period; with no periods at all, this
   * calendar month; null when every period is closed.
   */
  async function currentPeriods(
    planIds: string[],
    today: Date,
    /** Every plan is asked for: read them all rather than name a thousand ids. */
    every = false,
  ): Promise<Map<string, Month | null>> {
    if (planIds.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([reportingPeriods.planId], {
        planId: reportingPeriods.planId,
        month: reportingPeriods.month,
        state: reportingPeriods.state,
      })
      .from(reportingPeriods)
      .where(every ? undefined : inArray(reportingPeriods.planId, planIds))
      .orderBy(
        reportingPeriods.planId,
        sql`${reportingPeriods.state} = 'open' desc`,
        sql`${reportingPeriods.month} desc`,
      );
    const found = new Map(rows.map((r) => [r.planId, r.state === 'open' ? r.month : null]));
    return new Map(planIds.map((id) => [id, found.has(id) ? (found.get(id) ?? null) : monthOf(today)]));
  }

  function summarise(
    plan: PlanRow,
    statuses: { status: ActionNode['status']; overdue: boolean; count?: number }[],
    current: Month | null | undefined,
    successorId: string | null,
  ) {
    const counts = emptyStatusCounts();
    let actionCount = 0;
    let overdue = 0;
    for (const a of statuses) {
      const n = a.count ?? 1;
      counts[a.status] += n;
      actionCount += n;
      if (a.overdue) overdue += n;
    }
    return {
      id: plan.id,
      slug: plan.slug,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      state: plan.state,
      predecessorId: plan.predecessorId,
      signOffNeedsEvidence: plan.signOffNeedsEvidence,
      successorId,
      currentPeriod: current ?? null,
      actionCount,
      counts,
      overdue,
      version: plan.version,
    } satisfies PlanSummary;
  }

  async function findById(id: string): Promise<PlanRow | null> {
    const [row] = await byId(id);
    return row ?? null;
  }

  return {
    findById,

    /** The plan's row, locked until the transaction ends: writes to one plan go one at a time. */
    async lock(id: string): Promise<PlanRow | null> {
      const [row] = await byId(id).for('update');
      return row ?? null;
    },

    async slugTaken(slug: string): Promise<boolean> {
      const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.slug, slug));
      return Boolean(row);
    },

    async insert(values: typeof plans.$inferInsert): Promise<PlanRow> {
      const [row] = await db.insert(plans).values(values).returning();
      return row!;
    },

    /** Writes under the plan's lock, so no version check: every write bumps the revision. */
    async update(id: string, values: Partial<typeof plans.$inferInsert>, now: Date): Promise<PlanRow> {
      const [row] = await db
        .update(plans)
        .set({ ...values, updatedAt: now, version: sql`${plans.version} + 1` })
        .where(eq(plans.id, id))
        .returning();
      return row!;
    },

    /** The refs of the plan's live items in the plan's order; outcomes' and actions' with their parent. */
    async liveRefs(planId: string): Promise<{
      priorities: ItemRef[];
      outcomes: (ItemRef & { parentId: string })[];
      actions: (ItemRef & { parentId: string })[];
    }> {
      // One after the other: inside a transaction there is one connection.
      const priorityRows = await db
        .select({ id: priorities.id, ref: priorities.ref })
        .from(priorities)
        .where(and(eq(priorities.planId, planId), isNull(priorities.archivedAt)))
        .orderBy(asc(priorities.position), asc(priorities.ref));
      const outcomeRows = await db
        .select({ id: outcomes.id, ref: outcomes.ref, parentId: outcomes.priorityId })
        .from(outcomes)
        .where(and(eq(outcomes.planId, planId), isNull(outcomes.archivedAt)))
        .orderBy(asc(outcomes.position), asc(outcomes.ref));
      const actionRows = await db
        .select({ id: actions.id, ref: actions.ref, parentId: actions.outcomeId })
        .from(actions)
        .where(and(eq(actions.planId, planId), isNull(actions.archivedAt)))
        .orderBy(asc(actions.position), asc(actions.ref));
      return { priorities: priorityRows, outcomes: outcomeRows, actions: actionRows };
    },

    /** New refs for the plan's items, kind by kind. */
    async rewriteRefs(changes: PlanRefChanges, now: Date) {
      await rewriteRefs(db, priorities, changes.priorities, now);
      await rewriteRefs(db, outcomes, changes.outcomes, now);
      await rewriteRefs(db, actions, changes.actions, now);
    },

    /** The plan and the plans before it in its chain, latest first (a chain is a handful of plans). */
    async lineage(planId: string): Promise<PlanRow[]> {
      const chain: PlanRow[] = [];
      for (let id: string | null = planId; id && !chain.some((p) => p.id === id); ) {
        const row = await findById(id);
        if (!row) break;
        chain.push(row);
        id = row.predecessorId;
      }
      return chain;
    },

    /** The ids of the plans after this one in its chain, next first. */
    async successorIds(planId: string): Promise<string[]> {
      const ids: string[] = [];
      for (let id = planId; ; ) {
        const [next] = await db.select({ id: plans.id }).from(plans).where(eq(plans.predecessorId, id));
        if (!next || ids.includes(next.id) || next.id === planId) return ids;
        ids.push(next.id);
        id = next.id;
      }
    },

    async exists(planId: string): Promise<boolean> {
      const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
      return Boolean(row);
    },

    async currentPeriod(planId: string, today: Date): Promise<Month | null> {
      return (await currentPeriods([planId], today)).get(planId) ?? null;
    },

    currentPeriods,

    async list(today: Date): Promise<PlanSummary[]> {
      const planRows = await db.select().from(plans).orderBy(asc(plans.createdAt), asc(plans.title));
      const ids = planRows.map((p) => p.id);
      // Counted in the database: reading every action of a thousand plans (200,000 rows) took
      // 100 ms and as many megabytes each time any plan changed (tests/bench/findings.md). Each
      // group's earliest due month stands for the group: it is past this month exactly when the
      // whole group is, so `isOverdue` still decides.
      const pastDue = sql<boolean>`coalesce(${actions.dueMonth} < ${monthOf(today)}, false)`;
      const groups = ids.length
        ? await db
            .select({
              planId: actions.planId,
              status: actions.status,
              dueMonth: sql<Month | null>`min(${actions.dueMonth})`,
              count: sql<number>`count(*)::int`,
            })
            .from(actions)
            .where(isNull(actions.archivedAt))
            .groupBy(actions.planId, actions.status, pastDue)
        : [];
      const periods = await currentPeriods(ids, today, true);
      const groupsByPlan = groupBy(groups, (g) => g.planId);
      const successors = new Map(planRows.flatMap((p) => (p.predecessorId ? [[p.predecessorId, p.id]] : [])));
      return planRows.map((plan) =>
        summarise(
          plan,
          (groupsByPlan.get(plan.id) ?? []).map((g) => ({
            status: g.status,
            overdue: isOverdue(g, today),
            count: g.count,
          })),
          periods.get(plan.id),
          successors.get(plan.id) ?? null,
        ),
      );
    },

    async tree(planId: string, today: Date): Promise<PlanTree | null> {
      const plan = await findById(planId);
      if (!plan) return null;
      const [priorityRows, outcomeRows, actionRows, leadsByAction, awaiting, periods, carried, successor] =
        await Promise.all([
          db
            .select()
            .from(priorities)
            .where(and(eq(priorities.planId, planId), isNull(priorities.archivedAt)))
            .orderBy(asc(priorities.position)),
          db
            .select()
            .from(outcomes)
            .where(and(eq(outcomes.planId, planId), isNull(outcomes.archivedAt)))
            .orderBy(asc(outcomes.position)),
          db
            .select()
            .from(actions)
            .where(and(eq(actions.planId, planId), isNull(actions.archivedAt)))
            .orderBy(asc(actions.position)),
          actionLeadRefs(db, eq(actions.planId, planId)),
          awaitingSignOff(db, eq(actions.planId, planId)),
          currentPeriods([planId], today),
          carriedFromRefs(db, eq(actions.planId, planId)),
          db.select({ id: plans.id }).from(plans).where(eq(plans.predecessorId, planId)),
        ]);
      const peopleIds = new Set<string>();
      for (const row of [
        ...priorityRows.map((p) => p.deliveryGroupLeadId),
        ...outcomeRows.map((o) => o.leadId),
      ]) {
        if (row) peopleIds.add(row);
      }
      const namedPeople = await personRefs(db, [...peopleIds]);
      const awaitingIds = new Set(awaiting.map((a) => a.actionId));

      const actionNodes: (ActionNode & { outcomeId: string })[] = actionRows.map((a) => ({
        outcomeId: a.outcomeId,
        ...toActionNode(
          a,
          leadsByAction.get(a.id) ?? [],
          awaitingIds.has(a.id),
          carried.get(a.id) ?? null,
          today,
        ),
      }));
      const actionsByOutcome = groupBy(actionNodes, (a) => a.outcomeId);
      const outcomesByPriority = groupBy(outcomeRows, (o) => o.priorityId);

      return {
        ...summarise(plan, actionNodes, periods.get(planId), successor[0]?.id ?? null),
        priorities: priorityRows.map((p) => ({
          id: p.id,
          ref: p.ref,
          title: p.title,
          deliveryGroup: {
            name: p.deliveryGroupName,
            leadRole: p.deliveryGroupLeadRole,
            lead: p.deliveryGroupLeadId ? (namedPeople.get(p.deliveryGroupLeadId) ?? null) : null,
            reportingCadence: p.reportingCadence,
            byException: p.byException,
          },
          outcomes: (outcomesByPriority.get(p.id) ?? []).map((o) => ({
            id: o.id,
            ref: o.ref,
            title: o.title,
            lead: o.leadId ? (namedPeople.get(o.leadId) ?? null) : null,
            actions: (actionsByOutcome.get(o.id) ?? []).map(({ outcomeId: _, ...node }) => node),
            version: o.version,
          })),
          version: p.version,
        })),
      };
    },
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
