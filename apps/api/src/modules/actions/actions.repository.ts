import { type Action, monthOf } from '@ragboard/shared';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionComments,
  actionFindings,
  actionLeads,
  actionNewDates,
  actions,
  challenges,
  outcomes,
  priorities,
  statusUpdates,
} from '../../db/schema';
import { actionDetailFields, toActionDetail } from '../../read-model';
import { planItemQueries, refSafe } from '../plans';

type ActionRow = typeof actions.$inferSelect;

/** A ref that a writer racing past the check took first: the same 409 as the check's. */
export const actionRefSafe = <T>(ref: string | undefined, work: Promise<T>) => refSafe(actions, ref, work);

/**
 * Actions and their leads. The `…Where` methods take a condition on `actions`, so outcomes and
 * priorities delete or archive what they contain through the same code.
 */
export function actionsRepository(db: Db) {
  /** Any status update, challenge or comment on an action in scope: history that must be kept. */
  async function hasHistoryWhere(scope: SQL): Promise<boolean> {
    for (const table of [statusUpdates, actionNewDates, challenges, actionComments]) {
      const [row] = await db
        .select({ id: table.id })
        .from(table)
        .innerJoin(actions, eq(actions.id, table.actionId))
        .where(scope)
        .limit(1);
      if (row) return true;
    }
    return false;
  }

  async function deleteWhere(scope: SQL) {
    const inScope = db.select({ id: actions.id }).from(actions).where(scope);
    await db.delete(actionLeads).where(inArray(actionLeads.actionId, inScope));
    await db.delete(actionFindings).where(inArray(actionFindings.actionId, inScope));
    await db.delete(actions).where(scope);
  }

  async function archiveWhere(scope: SQL, at: Date) {
    await db
      .update(actions)
      .set({ archivedAt: at, updatedAt: at, version: sql`${actions.version} + 1` })
      .where(and(scope, isNull(actions.archivedAt)));
  }

  /** The leads of a new action, in the order given: at least one. */
  async function addLeads(actionId: string, personIds: string[]) {
    await db
      .insert(actionLeads)
      .values(personIds.map((personId, position) => ({ actionId, personId, position })));
  }

  return {
    async findById(id: string): Promise<ActionRow | null> {
      const [row] = await db.select().from(actions).where(eq(actions.id, id));
      return row ?? null;
    },

    /** The action as the tree shows it, with its outcome and priority. */
    async detail(id: string, today: Date): Promise<Action | null> {
      const [row] = await db
        .select(actionDetailFields(monthOf(today)))
        .from(actions)
        .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
        .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
        .where(eq(actions.id, id));
      return row ? toActionDetail(row, today) : null;
    },

    /** How many of `actionIds` are actions of the plan (or of any of the plans given). */
    async countInPlan(planId: string | string[], actionIds: string[]): Promise<number> {
      const rows = await db
        .select({ id: actions.id })
        .from(actions)
        .where(
          and(
            Array.isArray(planId) ? inArray(actions.planId, planId) : eq(actions.planId, planId),
            inArray(actions.id, actionIds),
          ),
        );
      return rows.length;
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

    ...planItemQueries(db, actions, actions.outcomeId),

    /** A new completion date set other than by a Red (`action_new_dates`): never edited. */
    async insertNewDate(values: typeof actionNewDates.$inferInsert) {
      await db.insert(actionNewDates).values(values);
    },

    async insert(values: typeof actions.$inferInsert): Promise<ActionRow> {
      const [row] = await db.insert(actions).values(values).returning();
      return row!;
    },

    /** Writes only when the version still matches; null means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof actions.$inferInsert>, now: Date) {
      const [row] = await db
        .update(actions)
        .set({ ...values, updatedAt: now, version: sql`${actions.version} + 1` })
        .where(and(eq(actions.id, id), eq(actions.version, version)))
        .returning();
      return row ?? null;
    },

    addLeads,

    /** The leads in the order given, in place of those the action had. */
    async setLeads(actionId: string, personIds: string[]) {
      await db.delete(actionLeads).where(eq(actionLeads.actionId, actionId));
      await addLeads(actionId, personIds);
    },

    hasHistoryWhere,
    deleteWhere,
    archiveWhere,

    hasHistory: (id: string) => hasHistoryWhere(eq(actions.id, id)),
    remove: (id: string) => deleteWhere(eq(actions.id, id)),
    archive: (id: string, at: Date) => archiveWhere(eq(actions.id, id), at),
  };
}
