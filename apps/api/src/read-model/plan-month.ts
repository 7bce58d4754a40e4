import { type Month, planMonth } from '@ragboard/shared';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reportingPeriods } from '../db/schema';

type PlanDates = { id: string; periodStart: Month; periodEnd: Month; state: string };

/** Each plan's months with a period, oldest first, and its state: one query for any number of plans. */
export async function planPeriods(db: Db, planIds: string[]) {
  const rows = planIds.length
    ? await db
        .select({
          planId: reportingPeriods.planId,
          month: reportingPeriods.month,
          state: reportingPeriods.state,
          deadline: reportingPeriods.deadline,
        })
        .from(reportingPeriods)
        .where(inArray(reportingPeriods.planId, planIds))
        .orderBy(reportingPeriods.month)
    : [];
  const byPlan = new Map<string, typeof rows>(planIds.map((id) => [id, []]));
  for (const row of rows) byPlan.get(row.planId)?.push(row);
  return byPlan;
}

/** The month each plan is read at unless another is asked for (`planMonth`): one query. */
export async function planMonths(db: Db, plans: PlanDates[], today: Date): Promise<Map<string, Month>> {
  const periods = await planPeriods(
    db,
    plans.map((p) => p.id),
  );
  return new Map(plans.map((p) => [p.id, planMonth(p, periods.get(p.id) ?? [], today)]));
}
