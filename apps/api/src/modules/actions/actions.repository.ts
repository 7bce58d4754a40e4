import type { Action } from '@ragboard/shared';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionComments,
  actionFindings,
  actionLeads,
  actions,
  challenges,
  outcomes,
  priorities,
  statusUpdates,
} from '../../db/schema';
import { actionLeadRefs, awaitingSignOff, plansRepository } from '../plans/plans.repository';
import { toActionNode } from './action-node';

type ActionRow = typeof actions.$inferSelect;

/**
 * Actions and their leads. The `…Where` methods take a condition on `actions`, so outcomes and
 * priorities delete or archive what they contain through the same code.
 */
export function actionsRepository(db: Db) {
  return {
    async findById(id: string): Promise<ActionRow | null> {
      const [row] = await db.select().from(actions).where(eq(actions.id, id));
      return row ?? null;
    },

    /** The action as the tree shows it, with its outcome and priority. */
    async detail(id: string, today: Date): Promise<Action | null> {
      const [row] = await db
        .select({
          action: actions,
          outcomeRef: outcomes.ref,
          priorityId: priorities.id,
          priorityRef: priorities.ref,
        })
        .from(actions)
        .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
        .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
        .where(eq(actions.id, id));
      if (!row) return null;
      const { action: a } = row;
      // One after the other: inside a transaction there is one connection.
      const leads = (await actionLeadRefs(db, eq(actions.id, id))).get(id) ?? [];
      const awaiting = await awaitingSignOff(db, eq(actions.id, id));
      return {
        ...toActionNode(a, leads, awaiting.length > 0, today),
        planId: a.planId,
        position: a.position,
        outcome: { id: a.outcomeId, ref: row.outcomeRef },
        priority: { id: row.priorityId, ref: row.priorityRef },
        archivedAt: a.archivedAt?.toISOString() ?? null,
        currentPeriod: await plansRepository(db).currentPeriod(a.planId, today),
      };
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

    /** The leads in the order given. */
    async setLeads(actionId: string, personIds: string[]) {
      await db.delete(actionLeads).where(eq(actionLeads.actionId, actionId));
      await db
        .insert(actionLeads)
        .values(personIds.map((personId, position) => ({ actionId, personId, position })));
    },

    /** Any status update, challenge or comment on an action in scope: history that must be kept. */
    async hasHistoryWhere(scope: SQL): Promise<boolean> {
      for (const table of [statusUpdates, challenges, actionComments]) {
        const [row] = await db
          .select({ id: table.id })
          .from(table)
          .innerJoin(actions, eq(actions.id, table.actionId))
          .where(scope)
          .limit(1);
        if (row) return true;
      }
      return false;
    },

    async deleteWhere(scope: SQL) {
      const inScope = db.select({ id: actions.id }).from(actions).where(scope);
      await db.delete(actionLeads).where(inArray(actionLeads.actionId, inScope));
      await db.delete(actionFindings).where(inArray(actionFindings.actionId, inScope));
      await db.delete(actions).where(scope);
    },

    async archiveWhere(scope: SQL, at: Date) {
      await db
        .update(actions)
        .set({ archivedAt: at, updatedAt: at, version: sql`${actions.version} + 1` })
        .where(and(scope, isNull(actions.archivedAt)));
    },
  };
}
