import type { OutboxMessage } from '@ragboard/shared';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxMessages } from '../../db/schema';

type OutboxRow = typeof outboxMessages.$inferSelect;

export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    period: row.period,
    toName: row.toName,
    toAddress: row.toAddress,
    subject: row.subject,
    body: row.body,
    state: row.state,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export function outboxRepository(db: Db) {
  return {
    async insert(values: (typeof outboxMessages.$inferInsert)[]): Promise<OutboxRow[]> {
      return values.length ? db.insert(outboxMessages).values(values).returning() : [];
    },

    async mark(id: string, values: Pick<OutboxRow, 'state' | 'error' | 'sentAt'>): Promise<OutboxRow> {
      const [row] = await db.update(outboxMessages).set(values).where(eq(outboxMessages.id, id)).returning();
      return row!;
    },

    async list(planId: string, period?: string): Promise<OutboxMessage[]> {
      const filters: SQL[] = [eq(outboxMessages.planId, planId)];
      if (period) filters.push(eq(outboxMessages.period, period));
      const rows = await db
        .select()
        .from(outboxMessages)
        .where(and(...filters))
        .orderBy(desc(outboxMessages.createdAt), outboxMessages.toName);
      return rows.map(toOutboxMessage);
    },
  };
}
