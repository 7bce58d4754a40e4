import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
  notificationChoiceVersion,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { type Recipient, recordAudit } from '../../journal';
import { assertIfMatch } from '../../plugins/etag';
import { notificationsRepository } from './notifications.repository';
import { hashPreferencesToken, isWellFormedPreferencesToken } from './preferences-token';

/** A signed-in user hears of things as the person they are linked to, if any. */
export const recipientOfUser = (user: { id: string; personId: string | null }): Recipient =>
  user.personId ? { personId: user.personId, userId: null } : { personId: null, userId: user.id };

/** Which kinds of notification each person gets, chosen on the account page or from an email's link. */
export function notificationPreferences(db: Db, now: () => Date) {
  return {
    async get(r: Recipient): Promise<NotificationPreferences> {
      const off = await notificationsRepository(db).turnedOff(r);
      const enabled = NOTIFICATION_KINDS.filter((kind) => !off.has(kind));
      return { enabled, version: notificationChoiceVersion(enabled) };
    },

    /**
     * Saves the choice made from the one at `shown` (its version), audited as the account's (or,
     * through a link, the person's own); 409 `stale_version` when the choice changed meanwhile.
     */
    set: (r: Recipient, enabled: readonly NotificationKind[], shown: number, actorId: string | null) =>
      writeTransaction(db, async (tx) => {
        const before = await notificationPreferences(tx, now).get(r);
        assertIfMatch(shown, before, 'choice of emails');
        await notificationsRepository(tx).setEnabled(r, enabled, now());
        const after = await notificationPreferences(tx, now).get(r);
        await recordAudit(tx, {
          actorId,
          actorPersonId: actorId ? null : r.personId,
          entityType: 'notification-preferences',
          entityId: r.personId ?? r.userId!,
          operation: 'update',
          before,
          after,
        });
        return after;
      }),

    /** Whose choices an email's link opens; null for a link that is not one of ours. */
    async byToken(token: string): Promise<Recipient | null> {
      if (!isWellFormedPreferencesToken(token)) return null;
      return notificationsRepository(db).findLink(hashPreferencesToken(token));
    },
  };
}
