import type { Period } from '@ragboard/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportingPeriods } from '../../db/schema';

type PeriodRow = typeof reportingPeriods.$inferSelect;

export function toPeriod(row: PeriodRow): Period {
  return {
    month: row.month,
    state: row.state,
    deadline: row.deadline,
    graceDays: row.graceDays,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export function periodsRepository(db: Db) {
  return {
    list: (planId: string) =>
      db
        .select()
        .from(reportingPeriods)
        .where(eq(reportingPeriods.planId, planId))
        .orderBy(asc(reportingPeriods.month)),

    /**
     * A plan's month; `lock` holds its row until the caller's transaction ends: `update` to close
     * it, `share` to write for it while it stays open (a close waits for that write, or the
     * write, coming after, finds it closed).
     */
    async find(planId: string, month: string, lock?: 'update' | 'share'): Promise<PeriodRow | null> {
      const query = db
        .select()
        .from(reportingPeriods)
        .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.month, month)));
      const [row] = lock ? await query.for(lock) : await query;
      return row ?? null;
    },

    async insert(values: typeof reportingPeriods.$inferInsert): Promise<PeriodRow> {
      const [row] = await db.insert(reportingPeriods).values(values).returning();
      return row!;
    },

    async close(
      id: string,
      values: Pick<PeriodRow, 'closedAt' | 'closedById' | 'snapshot'>,
    ): Promise<PeriodRow> {
      const [row] = await db
        .update(reportingPeriods)
        .set({ ...values, state: 'closed' })
        .where(eq(reportingPeriods.id, id))
        .returning();
      return row!;
    },
  };
}
