import type { Priority } from '@ragboard/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outcomes, priorities } from '../../db/schema';
import { personRefs } from '../../read-model';
import { outcomesRepository } from '../outcomes';
import { planItemQueries, refSafe } from '../plans';

type PriorityRow = typeof priorities.$inferSelect;

/** A ref that a writer racing past the check took first: the same 409 as the check's. */
export const priorityRefSafe = <T>(ref: string | undefined, work: Promise<T>) =>
  refSafe(priorities, ref, work);

/** Priorities and their delivery groups; deleting or archiving one reaches its outcomes and actions. */
export function prioritiesRepository(db: Db) {
  return {
    async findById(id: string): Promise<PriorityRow | null> {
      const [row] = await db.select().from(priorities).where(eq(priorities.id, id));
      return row ?? null;
    },

    async detail(id: string): Promise<Priority | null> {
      const [row] = await db.select().from(priorities).where(eq(priorities.id, id));
      if (!row) return null;
      const leadId = row.deliveryGroupLeadId;
      const lead = leadId ? ((await personRefs(db, [leadId])).get(leadId) ?? null) : null;
      return {
        id: row.id,
        planId: row.planId,
        ref: row.ref,
        title: row.title,
        position: row.position,
        deliveryGroup: {
          name: row.deliveryGroupName,
          leadRole: row.deliveryGroupLeadRole,
          lead,
          reportingCadence: row.reportingCadence,
          byException: row.byException,
        },
        archivedAt: row.archivedAt?.toISOString() ?? null,
        version: row.version,
      };
    },

    ...planItemQueries(db, priorities, priorities.planId),

    async insert(values: typeof priorities.$inferInsert): Promise<PriorityRow> {
      const [row] = await db.insert(priorities).values(values).returning();
      return row!;
    },

    /** Writes only when the version still matches; null means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof priorities.$inferInsert>, now: Date) {
      const [row] = await db
        .update(priorities)
        .set({ ...values, updatedAt: now, version: sql`${priorities.version} + 1` })
        .where(and(eq(priorities.id, id), eq(priorities.version, version)))
        .returning();
      return row ?? null;
    },

    hasHistory: (id: string) => outcomesRepository(db).hasHistoryWhere(eq(outcomes.priorityId, id)),

    async deleteTree(id: string) {
      await outcomesRepository(db).deleteWhere(eq(outcomes.priorityId, id));
      await db.delete(priorities).where(eq(priorities.id, id));
    },

    async archiveTree(id: string, at: Date) {
      await outcomesRepository(db).archiveWhere(eq(outcomes.priorityId, id), at);
      await db
        .update(priorities)
        .set({ archivedAt: at, updatedAt: at, version: sql`${priorities.version} + 1` })
        .where(and(eq(priorities.id, id), isNull(priorities.archivedAt)));
    },
  };
}
