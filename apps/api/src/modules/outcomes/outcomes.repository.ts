import type { Outcome } from '@ragboard/shared';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, outcomes } from '../../db/schema';
import { actionsRepository } from '../actions/actions.repository';
import { personRefs } from '../people/people.repository';

type OutcomeRow = typeof outcomes.$inferSelect;

/** Outcomes; the `…Where` methods take a condition on `outcomes` and reach their actions too. */
export function outcomesRepository(db: Db) {
  const actionsIn = (scope: SQL) =>
    inArray(actions.outcomeId, db.select({ id: outcomes.id }).from(outcomes).where(scope));

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

    /** The outcomes `fromId` led are led by `intoId` (a merge of two people). */
    async moveLead(fromId: string, intoId: string) {
      await db.update(outcomes).set({ leadId: intoId }).where(eq(outcomes.leadId, fromId));
    },

    hasHistoryWhere: (scope: SQL) => actionsRepository(db).hasHistoryWhere(actionsIn(scope)),

    async deleteWhere(scope: SQL) {
      await actionsRepository(db).deleteWhere(actionsIn(scope));
      await db.delete(outcomes).where(scope);
    },

    async archiveWhere(scope: SQL, at: Date) {
      await actionsRepository(db).archiveWhere(actionsIn(scope), at);
      await db
        .update(outcomes)
        .set({ archivedAt: at, updatedAt: at, version: sql`${outcomes.version} + 1` })
        .where(and(scope, isNull(outcomes.archivedAt)));
    },
  };
}
