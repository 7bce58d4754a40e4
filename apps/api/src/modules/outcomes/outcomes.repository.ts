import type { Outcome } from '@ragboard/shared';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, outcomes } from '../../db/schema';
import { personRefs } from '../../read-model';
import { actionsRepository } from '../actions';
import { planItemQueries, refSafe } from '../plans';

type OutcomeRow = typeof outcomes.$inferSelect;

/** A ref that a writer racing past the check took first: the same 409 as the check's. */
export const outcomeRefSafe = <T>(ref: string | undefined, work: Promise<T>) => refSafe(outcomes, ref, work);

/** Outcomes; the `…Where` methods take a condition on `outcomes` and reach their actions too. */
export function outcomesRepository(db: Db) {
  const actionsIn = (scope: SQL) =>
    inArray(actions.outcomeId, db.select({ id: outcomes.id }).from(outcomes).where(scope));

  const hasHistoryWhere = (scope: SQL) => actionsRepository(db).hasHistoryWhere(actionsIn(scope));

  async function deleteWhere(scope: SQL) {
    await actionsRepository(db).deleteWhere(actionsIn(scope));
    await db.delete(outcomes).where(scope);
  }

  async function archiveWhere(scope: SQL, at: Date) {
    await actionsRepository(db).archiveWhere(actionsIn(scope), at);
    await db
      .update(outcomes)
      .set({ archivedAt: at, updatedAt: at, version: sql`${outcomes.version} + 1` })
      .where(and(scope, isNull(outcomes.archivedAt)));
  }

  return {
    async findById(id: string): Promise<OutcomeRow | null> {
      const [row] = await db.select().from(outcomes).where(eq(outcomes.id, id));
      return row ?? null;
    },

    async detail(id: string): Promise<Outcome | null> {
      const [row] = await db.select().from(outcomes).where(eq(outcomes.id, id));
      if (!row) return null;
      const lead = row.leadId ? ((await personRefs(db, [row.leadId])).get(row.leadId) ?? null) : null;
      return {
        id: row.id,
        planId: row.planId,
        priorityId: row.priorityId,
        ref: row.ref,
        title: row.title,
        position: row.position,
        lead,
        archivedAt: row.archivedAt?.toISOString() ?? null,
        version: row.version,
      };
    },

    ...planItemQueries(db, outcomes, outcomes.priorityId),

    async insert(values: typeof outcomes.$inferInsert): Promise<OutcomeRow> {
      const [row] = await db.insert(outcomes).values(values).returning();
      return row!;
    },

    /** Writes only when the version still matches; null means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof outcomes.$inferInsert>, now: Date) {
      const [row] = await db
        .update(outcomes)
        .set({ ...values, updatedAt: now, version: sql`${outcomes.version} + 1` })
        .where(and(eq(outcomes.id, id), eq(outcomes.version, version)))
        .returning();
      return row ?? null;
    },

    hasHistoryWhere,
    deleteWhere,
    archiveWhere,

    hasHistory: (id: string) => hasHistoryWhere(eq(outcomes.id, id)),
    deleteTree: (id: string) => deleteWhere(eq(outcomes.id, id)),
    archiveTree: (id: string, at: Date) => archiveWhere(eq(outcomes.id, id), at),
  };
}
