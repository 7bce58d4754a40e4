import type { OutboxMessage } from '@ragboard/shared';
import { desc, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxMessages } from '../../db/schema';
import type { Mailer } from './mailer';
import { toOutboxMessage } from './outbox.repository';
import { outboxDelivery } from './outbox-delivery';

/** An email about someone's account (a password reset), not about a plan. */
export interface AccountEmail {
  kind: string;
  toName: string;
  toAddress: string;
  subject: string;
  body: string;
}

/**
 * Emails about accounts go the way reminders go (decision 052): written to the outbox first, so
 * none is lost, then sent when a mail server is set; without one they wait there, and the manager
 * reads them (`list`). They belong to no plan.
 */
export function accountEmails(db: Db, mailer: Mailer, now: () => Date) {
  return {
    /** Written to the outbox (in `tx`, with the change it tells of); `deliver` sends it after commit. */
    async queue(tx: Db, email: AccountEmail): Promise<string> {
      const [row] = await tx
        .insert(outboxMessages)
        .values({ ...email, planId: null, nextAttemptAt: mailer.configured ? now() : null })
        .returning({ id: outboxMessages.id });
      return row!.id;
    },

    async deliver(id: string): Promise<void> {
      await outboxDelivery(db, mailer, now).deliver([id]);
    },

    /** The newest account emails first. */
    async list(limit = 50): Promise<OutboxMessage[]> {
      const rows = await db
        .select()
        .from(outboxMessages)
        .where(isNull(outboxMessages.planId))
        .orderBy(desc(outboxMessages.createdAt))
        .limit(limit);
      return rows.map((row) => toOutboxMessage(row));
    },
  };
}
