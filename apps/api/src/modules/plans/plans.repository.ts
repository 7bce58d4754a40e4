import {
  type ActionNode,
  emptyStatusCounts,
  isBehind,
  judgedOn,
  type Month,
  monthOf,
  type PlanSummary,
  type PlanTree,
} from '@ragboard/shared';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, kpis, outcomes, plans, priorities, reportingPeriods } from '../../db/schema';
import {
  actionLeadRefs,
  loadPositionSource,
  personRefs,
  planMonths,
  positionReader,
  toActionNode,
} from '../../read-model';
import { type RefChange, rewriteRefs } from './plan-items';

export type PlanRow = typeof plans.$inferSelect;

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
    month: Month,
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
      month,
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

    /** Renumbering moves outcome refs: the KPIs that measure them follow, in one statement. */
    async followOutcomeRefs(planId: string, changes: { from: string; to: string }[]) {
      if (changes.length === 0) return;
      const values = sql.join(
        changes.map((c) => sql`(${c.from}, ${c.to})`),
        sql`, `,
      );
      await db.execute(
        sql`update ${kpis} set outcome_ref = v.to_ref from (values ${values}) as v(from_ref, to_ref)
            where ${kpis.planId} = ${planId} and ${kpis.outcomeRef} = v.from_ref`,
      );
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
      const months = await planMonths(db, planRows, today);
      // Counted in the database: reading every action of a thousand plans (200,000 rows) took
      // 100 ms and as many megabytes each time any plan changed (tests/bench/findings.md). Each
      // group shares the facts `isBehind` reads, worked out as `positionAt` does, on the day each
      // plan's month is judged (`judgedOn`); a test holds the counts to the tree's.
      const judged = sql`(values ${sql.join(
        planRows.map((p) => {
          const month = months.get(p.id)!;
          return sql`(${p.id}::uuid, ${judgedOn(month, today)}::date, ${month}::text, ${p.periodEnd}::text)`;
        }),
        sql`, `,
      )}) as judged(plan_id, day, month, plan_end)`;
      const day = sql.raw('judged.day');
      const pastNewDate = sql<boolean>`coalesce(${actions.revisedDue} < ${day}, false)`;
      const pastOriginalDate = sql<boolean>`coalesce(${actions.dueMonth} < to_char(${day}, 'YYYY-MM'), false)`;
      const carriedForward = sql<boolean>`exists (select 1 from ${actions} as next
        join ${plans} as next_plan on next_plan.id = next.plan_id
        where next.carried_from_id = ${actions.id} and judged.month >= least(next_plan.period_start, judged.plan_end))`;
      const groups = ids.length
        ? await db
            .select({
              planId: actions.planId,
              status: actions.status,
              pastNewDate,
              pastOriginalDate,
              carriedForward,
              // Any of the group's dates stands for them all: only whether there is one matters.
              newDate: sql<string | null>`min(${actions.revisedDue})`,
              count: sql<number>`count(*)::int`,
            })
            .from(actions)
            .innerJoin(judged, sql`judged.plan_id = ${actions.planId}`)
            .where(isNull(actions.archivedAt))
            .groupBy(
              actions.planId,
              actions.status,
              pastNewDate,
              pastOriginalDate,
              carriedForward,
              sql`${actions.revisedDue} is null`,
            )
        : [];
      const periods = await currentPeriods(ids, today, true);
      const groupsByPlan = groupBy(groups, (g) => g.planId);
      const successors = new Map(planRows.flatMap((p) => (p.predecessorId ? [[p.predecessorId, p.id]] : [])));
      return planRows.map((plan) =>
        summarise(
          plan,
          (groupsByPlan.get(plan.id) ?? []).map((g) => ({
            status: g.status,
            overdue: isBehind({
              status: g.status,
              pastNewDate: g.status !== 'Blue' && g.pastNewDate,
              pastOriginalDate: g.status !== 'Blue' && g.pastOriginalDate,
              newDate: g.newDate,
              carriedForward: g.carriedForward,
            }),
            count: g.count,
          })),
          periods.get(plan.id),
          months.get(plan.id)!,
          successors.get(plan.id) ?? null,
        ),
      );
    },

    /** The plan with every action's position at `asked`, or at the plan's own month (`planMonth`). */
    async tree(planId: string, today: Date, asked?: Month): Promise<PlanTree | null> {
      const plan = await findById(planId);
      if (!plan) return null;
      // One after the other: inside a transaction (a period's close) there is one connection.
      const priorityRows = await db
        .select()
        .from(priorities)
        .where(and(eq(priorities.planId, planId), isNull(priorities.archivedAt)))
        .orderBy(asc(priorities.position));
      const outcomeRows = await db
        .select()
        .from(outcomes)
        .where(and(eq(outcomes.planId, planId), isNull(outcomes.archivedAt)))
        .orderBy(asc(outcomes.position));
      const actionRows = await db
        .select()
        .from(actions)
        .where(and(eq(actions.planId, planId), isNull(actions.archivedAt)))
        .orderBy(asc(actions.position));
      const leadsByAction = await actionLeadRefs(db, eq(actions.planId, planId));
      const periods = await currentPeriods([planId], today);
      const month = asked ?? (await planMonths(db, [plan], today)).get(planId)!;
      const positions = positionReader(await loadPositionSource(db, eq(actions.planId, planId), month));
      const successor = await db.select({ id: plans.id }).from(plans).where(eq(plans.predecessorId, planId));
      const peopleIds = new Set<string>();
      for (const row of [
        ...priorityRows.map((p) => p.deliveryGroupLeadId),
        ...outcomeRows.map((o) => o.leadId),
      ]) {
        if (row) peopleIds.add(row);
      }
      const namedPeople = await personRefs(db, [...peopleIds]);
      const at = { month, today, planEnd: plan.periodEnd };
      const actionNodes: (ActionNode & { outcomeId: string })[] = actionRows.map((a) => ({
        outcomeId: a.outcomeId,
        ...toActionNode(a, leadsByAction.get(a.id) ?? [], positions.at(a, at)),
      }));
      const actionsByOutcome = groupBy(actionNodes, (a) => a.outcomeId);
      const outcomesByPriority = groupBy(outcomeRows, (o) => o.priorityId);

      return {
        ...summarise(
          plan,
          actionNodes.map((a) => ({ status: a.status, overdue: isBehind(a) })),
          periods.get(planId),
          month,
          successor[0]?.id ?? null,
        ),
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
