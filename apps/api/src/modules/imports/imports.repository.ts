import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionLeads, actions, imports, statusUpdates } from '../../db/schema';

type ImportRow = typeof imports.$inferSelect;

/**
 * Uploaded imports, and the queries of other modules' tables an import needs (an action's leads,
 * the plan's notes): those belong in the actions and status-updates repositories, and are here
 * until those have them.
 */
export function importsRepository(db: Db) {
  return {
    async insert(values: typeof imports.$inferInsert): Promise<string> {
      const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
      return row!.id;
    },

    async findById(id: string): Promise<ImportRow | null> {
      const [row] = await db.select().from(imports).where(eq(imports.id, id));
      return row ?? null;
    },

    async markCommitted(id: string, planId: string, at: Date) {
      await db.update(imports).set({ committedAt: at, planId }).where(eq(imports.id, id));
    },

    /** The leads of a new action, in the order given: at least one. */
    async addLeads(actionId: string, personIds: string[]) {
      await db
        .insert(actionLeads)
        .values(personIds.map((personId, position) => ({ actionId, personId, position })));
    },

    /** The note of each live action's current status update, by action id. */
    async currentNotes(planId: string): Promise<Map<string, string | null>> {
      const rows = await db
        .select({ actionId: actions.id, note: statusUpdates.note })
        .from(actions)
        .innerJoin(statusUpdates, eq(statusUpdates.id, actions.currentUpdateId))
        .where(and(eq(actions.planId, planId), isNull(actions.archivedAt)));
      return new Map(rows.map((n) => [n.actionId, n.note]));
    },
  };
}
