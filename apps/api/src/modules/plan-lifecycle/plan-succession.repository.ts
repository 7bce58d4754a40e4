import { and, asc, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionFindings,
  actionLeads,
  actionNewDates,
  actions,
  findings,
  kpis,
  kpiTargets,
  kpiValues,
  outcomes,
  plans,
  priorities,
} from '../../db/schema';

/** What carrying a plan forward reads from the old plan and writes into the new one. */
export function planSuccessionRepository(db: Db) {
  return {
    async successorOf(planId: string) {
      const [row] = await db.select().from(plans).where(eq(plans.predecessorId, planId));
      return row ?? null;
    },

    /** The old plan's live items, in its order. */
    async liveItems(planId: string) {
      const live = <T extends typeof priorities | typeof outcomes | typeof actions>(table: T) =>
        and(eq(table.planId, planId), isNull(table.archivedAt));
      const priorityRows = await db
        .select()
        .from(priorities)
        .where(live(priorities))
        .orderBy(asc(priorities.position));
      const outcomeRows = await db
        .select()
        .from(outcomes)
        .where(live(outcomes))
        .orderBy(asc(outcomes.position));
      const actionRows = await db.select().from(actions).where(live(actions)).orderBy(asc(actions.position));
      const kpiRows = await db
        .select()
        .from(kpis)
        .where(and(eq(kpis.planId, planId), isNull(kpis.archivedAt)))
        .orderBy(asc(kpis.position));
      return { priorities: priorityRows, outcomes: outcomeRows, actions: actionRows, kpis: kpiRows };
    },

    async leadsOf(actionIds: string[]) {
      if (actionIds.length === 0) return [];
      return db.select().from(actionLeads).where(inArray(actionLeads.actionId, actionIds));
    },

    async targetsOf(kpiIds: string[]) {
      if (kpiIds.length === 0) return [];
      return db.select().from(kpiTargets).where(inArray(kpiTargets.kpiId, kpiIds));
    },

    /** Each KPI's latest actual in force (the latest period's, not superseded). */
    async latestActuals(kpiIds: string[]) {
      if (kpiIds.length === 0) return new Map<string, { period: string; value: number }>();
      const rows = await db
        .selectDistinctOn([kpiValues.kpiId], {
          kpiId: kpiValues.kpiId,
          period: kpiValues.period,
          value: kpiValues.value,
        })
        .from(kpiValues)
        .where(and(inArray(kpiValues.kpiId, kpiIds), isNull(kpiValues.supersededById)))
        .orderBy(kpiValues.kpiId, desc(kpiValues.period), desc(kpiValues.createdAt));
      return new Map(rows.map((r) => [r.kpiId, { period: r.period, value: r.value }]));
    },

    async insertPriorities(values: (typeof priorities.$inferInsert)[]) {
      if (values.length) await db.insert(priorities).values(values);
    },
    async insertOutcomes(values: (typeof outcomes.$inferInsert)[]) {
      if (values.length) await db.insert(outcomes).values(values);
    },
    async insertActions(values: (typeof actions.$inferInsert)[]) {
      for (let i = 0; i < values.length; i += 500) await db.insert(actions).values(values.slice(i, i + 500));
    },
    async insertNewDates(values: (typeof actionNewDates.$inferInsert)[]) {
      for (let i = 0; i < values.length; i += 500)
        await db.insert(actionNewDates).values(values.slice(i, i + 500));
    },
    async insertLeads(values: (typeof actionLeads.$inferInsert)[]) {
      for (let i = 0; i < values.length; i += 1000)
        await db.insert(actionLeads).values(values.slice(i, i + 1000));
    },
    async insertKpis(values: (typeof kpis.$inferInsert)[]) {
      if (values.length) await db.insert(kpis).values(values);
    },
    async insertTargets(values: (typeof kpiTargets.$inferInsert)[]) {
      if (values.length) await db.insert(kpiTargets).values(values);
    },

    /**
     * The old plan's findings move on with the work: held by the new plan (so they are judged
     * there), still linked to the old actions (their evidence trail), and linked to each carried action.
     */
    async moveFindings(fromPlanId: string, toPlanId: string, carried: Map<string, string>) {
      const moved = await db
        .update(findings)
        .set({ planId: toPlanId })
        .where(eq(findings.planId, fromPlanId))
        .returning({ id: findings.id });
      const links = carried.size
        ? await db
            .select()
            .from(actionFindings)
            .where(inArray(actionFindings.actionId, [...carried.keys()]))
        : [];
      if (links.length) {
        await db
          .insert(actionFindings)
          .values(links.map((l) => ({ actionId: carried.get(l.actionId)!, findingId: l.findingId })))
          .onConflictDoNothing();
      }
      return moved.length;
    },

    /** What a successor holds of its predecessor: the reply to a repeated "start the next plan". */
    async carriedInto(planId: string) {
      const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
      return {
        priorities: await n(db.select({ n: count() }).from(priorities).where(eq(priorities.planId, planId))),
        outcomes: await n(db.select({ n: count() }).from(outcomes).where(eq(outcomes.planId, planId))),
        actions: await n(
          db
            .select({ n: count() })
            .from(actions)
            .where(and(eq(actions.planId, planId), isNotNull(actions.carriedFromId))),
        ),
        kpis: await n(db.select({ n: count() }).from(kpis).where(eq(kpis.planId, planId))),
        findings: await n(db.select({ n: count() }).from(findings).where(eq(findings.planId, planId))),
      };
    },
  };
}
