import type { OutboxMessage } from '@ragboard/shared';
import { and, asc, desc, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxMessages, updateRequests } from '../../db/schema';
import { updateRequestLinkIn } from '../update-requests';

type OutboxRow = typeof outboxMessages.$inferSelect;

/** `linkWorks`: whether the message's personal link still works, so it may be offered to pass on. */
export function toOutboxMessage(row: OutboxRow, linkWorks = false): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    period: row.period,
    toName: row.toName,
    toAddress: row.toAddress,
    cc: row.cc,
    subject: row.subject,
    body: row.body,
    state: row.state,
    error: row.error,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    link: linkWorks && row.state !== 'sent' ? updateRequestLinkIn(row.body) : null,
  };
}

export function outboxRepository(db: Db) {
  return {
    async insert(values: (typeof outboxMessages.$inferInsert)[]): Promise<OutboxRow[]> {
      return values.length ? db.insert(outboxMessages).values(values).returning() : [];
    },

    async mark(
      id: string,
      values: Partial<Pick<OutboxRow, 'state' | 'error' | 'sentAt' | 'nextAttemptAt' | 'body'>>,
    ): Promise<OutboxRow> {
      const [row] = await db.update(outboxMessages).set(values).where(eq(outboxMessages.id, id)).returning();
      return row!;
    },

    /**
     * Takes up to `limit` queued messages whose time has come (of `ids`, when given), counting the
     * attempt and moving their next attempt on by `lease`: another instance skips them meanwhile
     * (SKIP LOCKED now, the lease after this commits), so each is tried by one instance at a time.
     */
    async claimDue(at: Date, leaseMs: number, limit: number, ids?: string[]): Promise<OutboxRow[]> {
      const due = db
        .select({ id: outboxMessages.id })
        .from(outboxMessages)
        .where(
          and(
            eq(outboxMessages.state, 'queued'),
            lte(outboxMessages.nextAttemptAt, at),
            ids ? inArray(outboxMessages.id, ids) : undefined,
          ),
        )
        .orderBy(asc(outboxMessages.nextAttemptAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return db
        .update(outboxMessages)
        .set({
          attempts: sql`${outboxMessages.attempts} + 1`,
          nextAttemptAt: new Date(at.getTime() + leaseMs),
        })
        .where(inArray(outboxMessages.id, due))
        .returning();
    },

    /** A plan's messages (one period's), newest first, each with its link while that still works at `now`. */
    async list(planId: string, period: string | undefined, now: Date): Promise<OutboxMessage[]> {
      const filters: SQL[] = [eq(outboxMessages.planId, planId)];
      if (period) filters.push(eq(outboxMessages.period, period));
      const rows = await db
        .select({ message: outboxMessages, liveLink: updateRequests.id })
        .from(outboxMessages)
        .leftJoin(
          updateRequests,
          and(
            eq(updateRequests.id, outboxMessages.updateRequestId),
            isNull(updateRequests.revokedAt),
            gt(updateRequests.expiresAt, now),
          ),
        )
        .where(and(...filters))
        .orderBy(desc(outboxMessages.createdAt), outboxMessages.toName);
      return rows.map((r) => toOutboxMessage(r.message, r.liveLink !== null));
    },
  };
}
