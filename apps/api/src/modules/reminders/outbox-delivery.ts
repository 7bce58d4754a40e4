import type { Db } from '../../db/client';
import type { outboxMessages } from '../../db/schema';
import { redactUpdateRequestLinks } from '../update-requests';
import { isPermanentRefusal, type Mailer } from './mailer';
import { outboxRepository } from './outbox.repository';

type OutboxRow = typeof outboxMessages.$inferSelect;

/** A sent password reset keeps its text, not its link (decision 052). */
const redactPasswordResetLinks = (text: string) =>
  text.replace(/\/reset-password\/[A-Za-z0-9_-]{43}/g, '/reset-password/[link removed once sent]');

/** Minutes to wait after each failed attempt; after the last, the message is kept as failed. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120];
/** Long enough for one attempt to finish or time out; only a stopped instance's claims run out. */
const LEASE_MS = 10 * 60_000;
const BATCH = 50;

/**
 * Sends queued messages: each is written to the outbox first, so it is never lost; a sent one
 * keeps its text without its link (decision 023); a server's permanent refusal is kept as
 * failed at once, and anything else is tried again later, up to five attempts in all.
 */
export function outboxDelivery(db: Db, mailer: Mailer, now: () => Date) {
  const outbox = outboxRepository(db);

  async function deliverOne(row: OutboxRow): Promise<OutboxRow> {
    try {
      await mailer.send({
        to: { name: row.toName, address: row.toAddress },
        cc: row.cc,
        subject: row.subject,
        text: row.body,
      });
      return outbox.mark(row.id, {
        state: 'sent',
        error: null,
        sentAt: now(),
        nextAttemptAt: null,
        body: redactPasswordResetLinks(redactUpdateRequestLinks(row.body)),
      });
    } catch (error) {
      const message = (error as Error).message;
      const delay = RETRY_DELAYS_MINUTES[row.attempts - 1];
      if (isPermanentRefusal(error) || delay === undefined) {
        return outbox.mark(row.id, { state: 'failed', error: message, nextAttemptAt: null });
      }
      return outbox.mark(row.id, {
        state: 'queued',
        error: message,
        nextAttemptAt: new Date(now().getTime() + delay * 60_000),
      });
    }
  }

  return {
    /** Sends what is due (of `ids`, when given) and returns those messages as they now stand. */
    async deliver(ids?: string[]): Promise<OutboxRow[]> {
      if (!mailer.configured || ids?.length === 0) return [];
      const sent: OutboxRow[] = [];
      for (;;) {
        const claimed = await outbox.claimDue(now(), LEASE_MS, BATCH, ids);
        sent.push(...(await Promise.all(claimed.map(deliverOne))));
        if (claimed.length < BATCH || ids) return sent;
      }
    },
  };
}
