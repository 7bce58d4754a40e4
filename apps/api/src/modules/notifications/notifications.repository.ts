import { NOTIFICATION_KINDS, type NotificationKind } from '@ragboard/shared';
import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  notificationDigests,
  notificationLinks,
  notificationOptOuts,
  notifications,
  people,
  reportingPeriods,
  users,
} from '../../db/schema';
import type { Recipient } from '../../journal';

type NotificationRow = typeof notifications.$inferSelect;

/** The rows of a table that hold `recipient`'s own. */
const of = (t: { personId: AnyPgColumn; userId: AnyPgColumn }, r: Recipient) =>
  r.personId ? eq(t.personId, r.personId) : eq(t.userId, r.userId!);

export const recipientOf = (row: { personId: string | null; userId: string | null }): Recipient =>
  row.personId ? { personId: row.personId, userId: null } : { personId: null, userId: row.userId! };

export function notificationsRepository(db: Db) {
  return {
    /** Everyone with something not yet gathered into an email, recorded by `at`. */
    async waiting(at: Date): Promise<Recipient[]> {
      const rows = await db
        .selectDistinct({ personId: notifications.personId, userId: notifications.userId })
        .from(notifications)
        .where(and(isNull(notifications.digestedAt), lte(notifications.createdAt, at)));
      return rows.map(recipientOf);
    },

    /** Claims the recipient's email of `day`: false when one was already written (by any instance). */
    async claimDay(r: Recipient, day: string): Promise<string | null> {
      const [row] = await db
        .insert(notificationDigests)
        .values({ ...r, day })
        .onConflictDoNothing()
        .returning({ id: notificationDigests.id });
      return row?.id ?? null;
    },

    async setDigestMessage(claimId: string, outboxMessageId: string) {
      await db
        .update(notificationDigests)
        .set({ outboxMessageId })
        .where(eq(notificationDigests.id, claimId));
    },

    /** The recipient's notifications not yet gathered, oldest first, locked until the caller commits. */
    pending(r: Recipient, at: Date): Promise<NotificationRow[]> {
      return db
        .select()
        .from(notifications)
        .where(and(of(notifications, r), isNull(notifications.digestedAt), lte(notifications.createdAt, at)))
        .orderBy(asc(notifications.createdAt), asc(notifications.kind))
        .for('update');
    },

    async markDigested(ids: string[], at: Date, messageId: string | null) {
      if (ids.length === 0) return;
      await db
        .update(notifications)
        .set({ digestedAt: at, digestedInId: messageId })
        .where(inArray(notifications.id, ids));
    },

    /** Who the recipient is and where to write: a person's own address, else their account's. */
    async contact(r: Recipient) {
      if (r.personId) {
        const [row] = await db
          .select({ name: people.name, email: people.email, accountEmail: users.email, active: users.active })
          .from(people)
          .leftJoin(users, eq(users.personId, people.id))
          .where(eq(people.id, r.personId));
        if (!row) return null;
        return { name: row.name, address: row.email ?? row.accountEmail, hasAccount: row.active === true };
      }
      const [row] = await db
        .select({ name: users.displayName, email: users.email, active: users.active })
        .from(users)
        .where(eq(users.id, r.userId!));
      return row?.active ? { name: row.name, address: row.email, hasAccount: true } : null;
    },

    /** The plan's latest open month, if any. */
    async openPeriod(planId: string) {
      const [row] = await db
        .select()
        .from(reportingPeriods)
        .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.state, 'open')))
        .orderBy(desc(reportingPeriods.month))
        .limit(1);
      return row ?? null;
    },

    async turnedOff(r: Recipient): Promise<Set<NotificationKind>> {
      const rows = await db
        .select({ kind: notificationOptOuts.kind })
        .from(notificationOptOuts)
        .where(of(notificationOptOuts, r));
      return new Set(rows.map((row) => row.kind as NotificationKind));
    },

    /** Keeps exactly the kinds not in `enabled` turned off. */
    async setEnabled(r: Recipient, enabled: readonly NotificationKind[], at: Date) {
      const off = NOTIFICATION_KINDS.filter((kind) => !enabled.includes(kind));
      await db.delete(notificationOptOuts).where(of(notificationOptOuts, r));
      if (off.length) {
        await db.insert(notificationOptOuts).values(off.map((kind) => ({ ...r, kind, createdAt: at })));
      }
    },

    async insertLink(r: Recipient, tokenHash: string, at: Date) {
      await db.insert(notificationLinks).values({ ...r, tokenHash, createdAt: at });
    },

    async findLink(tokenHash: string): Promise<Recipient | null> {
      const [row] = await db
        .select({ personId: notificationLinks.personId, userId: notificationLinks.userId })
        .from(notificationLinks)
        .where(eq(notificationLinks.tokenHash, tokenHash));
      return row ? recipientOf(row) : null;
    },
  };
}
