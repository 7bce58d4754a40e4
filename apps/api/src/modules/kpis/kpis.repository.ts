import type { Kpi } from '@ragboard/shared';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { kpis, kpiTargets, plans } from '../../db/schema';

export function kpisRepository(db: Db) {
  return {
    /** The plan's KPIs in the plan's order with their milestone targets; null for no such plan. */
    async listForPlan(planId: string): Promise<Kpi[] | null> {
      const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
      if (!plan) return null;
      const rows = await db
        .select()
        .from(kpis)
        .where(and(eq(kpis.planId, planId), isNull(kpis.archivedAt)))
        .orderBy(asc(kpis.position));
      if (rows.length === 0) return [];
      const targets = await db
        .select()
        .from(kpiTargets)
        .where(
          inArray(
            kpiTargets.kpiId,
            rows.map((k) => k.id),
          ),
        )
        .orderBy(asc(kpiTargets.monthsFromStart));
      return rows.map((k) => ({
        id: k.id,
        outcomeRef: k.outcomeRef,
        statement: k.statement,
        unit: k.unit,
        direction: k.direction,
        baselineValue: k.baselineValue,
        baselineText: k.baselineText,
        targets: targets
          .filter((t) => t.kpiId === k.id)
          .map(({ monthsFromStart, value, text }) => ({ monthsFromStart, value, text })),
        version: k.version,
      }));
    },

    /** A KPI measures an outcome by its ref: when outcomes are renumbered, their KPIs follow. */
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
  };
}
