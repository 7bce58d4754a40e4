import { type Month, revisedDueAfter, type Status, type StatusUpdate } from '@ragboard/shared';
import { aliasedTable, and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, statusUpdates, users } from '../../db/schema';
import { blueAwaitingSignOff } from '../../read-model';

type UpdateRow = typeof statusUpdates.$inferSelect;

const author = aliasedTable(users, 'author');
const signer = aliasedTable(users, 'signer');
const rejecter = aliasedTable(users, 'rejecter');

/** An action's status updates. Rows are only ever added to or marked, never rewritten. */
export function statusUpdatesRepository(db: Db) {
  return {
    async insert(values: typeof statusUpdates.$inferInsert): Promise<UpdateRow> {
      const [row] = await db.insert(statusUpdates).values(values).returning();
      return row!;
    },

    /** The Blue of this action still waiting for a sign-off, if any. */
    async awaitingBlue(actionId: string): Promise<UpdateRow | null> {
      const [row] = await db
        .select()
        .from(statusUpdates)
        .where(and(eq(statusUpdates.actionId, actionId), blueAwaitingSignOff))
        .orderBy(desc(statusUpdates.createdAt))
        .limit(1);
      return row ?? null;
    },

    /** Marks the live updates of a period (but `keepId`) as superseded by `byId`. */
    async supersede(actionId: string, period: Month, byId: string) {
      await db
        .update(statusUpdates)
        .set({ supersededById: byId })
        .where(
          and(
            eq(statusUpdates.actionId, actionId),
            eq(statusUpdates.period, period),
            isNull(statusUpdates.supersededById),
            ne(statusUpdates.id, byId),
          ),
        );
    },

    /**
     * Makes `update` the action's current state: its status, the new completion date that
     * carries over (`revisedDueAfter`) and the update itself. The one place an action's status is
     * set, by a lead's update, a sign-off, an import and the demo alike (decision 004).
     */
    async setCurrent(
      actionId: string,
      update: { id: string; status: Status; revisedDue: string | null },
      revisedDueBefore: string | null,
    ) {
      await db
        .update(actions)
        .set({
          status: update.status,
          revisedDue: revisedDueAfter(update, revisedDueBefore),
          currentUpdateId: update.id,
        })
        .where(eq(actions.id, actionId));
    },

    async mark(id: string, values: Partial<typeof statusUpdates.$inferInsert>): Promise<UpdateRow> {
      const [row] = await db.update(statusUpdates).set(values).where(eq(statusUpdates.id, id)).returning();
      return row!;
    },

    /** Newest first, with the names of who wrote, signed off or refused each one. */
    async history(actionId: string): Promise<StatusUpdate[]> {
      const rows = await db
        .select({
          update: statusUpdates,
          authorName: author.displayName,
          signerName: signer.displayName,
          rejecterName: rejecter.displayName,
        })
        .from(statusUpdates)
        .leftJoin(author, eq(author.id, statusUpdates.authorId))
        .leftJoin(signer, eq(signer.id, statusUpdates.signedOffById))
        .leftJoin(rejecter, eq(rejecter.id, statusUpdates.rejectedById))
        .where(eq(statusUpdates.actionId, actionId))
        .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.period));
      return rows.map(({ update: u, authorName, signerName, rejecterName }) =>
        toStatusUpdate(u, authorName, signerName, rejecterName),
      );
    },
  };
}

export function toStatusUpdate(
  u: UpdateRow,
  authorName: string | null,
  signerName: string | null,
  rejecterName: string | null,
): StatusUpdate {
  return {
    id: u.id,
    period: u.period,
    status: u.status,
    note: u.note,
    revisedDue: u.revisedDue,
    author: authorName ?? u.authorName,
    viaUpdateRequest: u.updateRequestId !== null,
    createdAt: u.createdAt.toISOString(),
    superseded: u.supersededById !== null,
    signOff: u.signedOffAt
      ? { by: signerName ?? 'Unknown', at: u.signedOffAt.toISOString(), note: u.signOffNote }
      : null,
    rejection: u.rejectedAt
      ? { by: rejecterName ?? 'Unknown', at: u.rejectedAt.toISOString(), reason: u.rejectionReason ?? '' }
      : null,
  };
}
