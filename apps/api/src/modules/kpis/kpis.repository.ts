import {
  judgeKpi,
  type Kpi,
  type KpiDetail,
  type KpiValue,
  milestoneMonth,
  targetInForce,
} from '@ragboard/shared';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { kpis, kpiTargets, kpiValues, plans, users } from '../../db/schema';
import { personRefs } from '../../read-model';

type KpiRow = typeof kpis.$inferSelect;

/** KPIs with their targets, owners and judged values: a fixed number of queries for any number of KPIs. */
export function kpisRepository(db: Db) {
  async function load(rows: KpiRow[], planStart: string, withHistory: boolean): Promise<KpiDetail[]> {
    const ids = rows.map((k) => k.id);
    const targets = await db
      .select()
      .from(kpiTargets)
      .where(inArray(kpiTargets.kpiId, ids))
      .orderBy(asc(kpiTargets.monthsFromStart));
    const values = await db
      .select({ value: kpiValues, author: users.displayName })
      .from(kpiValues)
      .leftJoin(users, eq(users.id, kpiValues.authorId))
      .where(and(inArray(kpiValues.kpiId, ids), withHistory ? undefined : isNull(kpiValues.supersededById)))
      .orderBy(asc(kpiValues.period), asc(kpiValues.createdAt));
    const owners = await personRefs(
      db,
      rows.flatMap((k) => (k.ownerId ? [k.ownerId] : [])),
    );
    return rows.map((k) => {
      const own = targets.filter((t) => t.kpiId === k.id);
      const rule = { ...k, targets: own };
      const judged = values
        .filter((v) => v.value.kpiId === k.id)
        .map(
          ({ value: v, author }): KpiValue => ({
            period: v.period,
            value: v.value,
            note: v.note,
            target: targetInForce(rule, planStart, v.period)?.value ?? null,
            judgement: judgeKpi(rule, planStart, v.period, v.value),
            author: author ?? null,
            createdAt: v.createdAt.toISOString(),
            superseded: v.supersededById !== null,
          }),
        );
      const current = judged.filter((v) => !v.superseded);
      return {
        id: k.id,
        planId: k.planId,
        outcomeRef: k.outcomeRef,
        statement: k.statement,
        unit: k.unit,
        direction: k.direction,
        targetKind: k.targetKind,
        baselineValue: k.baselineValue,
        baselineText: k.baselineText,
        tolerance: k.tolerance,
        owner: k.ownerId ? (owners.get(k.ownerId) ?? null) : null,
        targets: own.map((t) => ({
          monthsFromStart: t.monthsFromStart,
          month: t.month ?? milestoneMonth(planStart, t.monthsFromStart),
          value: t.value,
          text: t.text,
        })),
        values: current,
        latest: current.at(-1) ?? null,
        history: [...judged].sort(
          (a, b) => b.createdAt.localeCompare(a.createdAt) || Number(a.superseded) - Number(b.superseded),
        ),
        version: k.version,
      };
    });
  }

  return {
    /** The plan's KPIs in the plan's order; null for no such plan. */
    async listForPlan(planId: string): Promise<Kpi[] | null> {
      const [plan] = await db.select({ start: plans.periodStart }).from(plans).where(eq(plans.id, planId));
      if (!plan) return null;
      const rows = await db
        .select()
        .from(kpis)
        .where(and(eq(kpis.planId, planId), isNull(kpis.archivedAt)))
        .orderBy(asc(kpis.position));
      return (await load(rows, plan.start, false)).map(({ history: _, ...kpi }) => kpi);
    },

    /** Writes only when the version still matches; false means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof kpis.$inferInsert>, now: Date) {
      const [row] = await db
        .update(kpis)
        .set({ ...values, updatedAt: now, version: sql`${kpis.version} + 1` })
        .where(and(eq(kpis.id, id), eq(kpis.version, version)))
        .returning({ id: kpis.id });
      return Boolean(row);
    },

    /** The KPI's targets become `targets`. */
    async setTargets(kpiId: string, targets: Omit<typeof kpiTargets.$inferInsert, 'kpiId'>[]) {
      await db.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpiId));
      if (targets.length) await db.insert(kpiTargets).values(targets.map((t) => ({ ...t, kpiId })));
    },

    /** A new value for its period supersedes the period's current one, which stays in the history. */
    async addValue(values: typeof kpiValues.$inferInsert) {
      const [row] = await db.insert(kpiValues).values(values).returning();
      await db
        .update(kpiValues)
        .set({ supersededById: row!.id })
        .where(
          and(
            eq(kpiValues.kpiId, values.kpiId),
            eq(kpiValues.period, values.period),
            isNull(kpiValues.supersededById),
            sql`${kpiValues.id} <> ${row!.id}`,
          ),
        );
    },

    /** Who owns the KPI; null for no owner or no such KPI. */
    async ownerId(kpiId: string): Promise<string | null> {
      const [row] = await db.select({ ownerId: kpis.ownerId }).from(kpis).where(eq(kpis.id, kpiId));
      return row?.ownerId ?? null;
    },

    async detail(kpiId: string): Promise<KpiDetail | null> {
      const [row] = await db
        .select({ kpi: kpis, start: plans.periodStart })
        .from(kpis)
        .innerJoin(plans, eq(plans.id, kpis.planId))
        .where(eq(kpis.id, kpiId));
      if (!row) return null;
      const [detail] = await load([row.kpi], row.start, true);
      return detail ?? null;
    },
  };
}
