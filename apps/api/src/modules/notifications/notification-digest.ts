import type { NotificationKind } from '@ragboard/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { MailConfig } from '../../config';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { type Recipient, recordAudit } from '../../journal';
import { updatesCloseAt } from '../periods';
import { outboxRepository } from '../reminders';
import { updateRequestsService, updateRequestUrl } from '../update-requests';
import { notificationLetter } from './notification-letter';
import { notificationsRepository } from './notifications.repository';
import { newPreferencesToken } from './preferences-token';

/** The daily email is written at this hour (UTC), gathering what happened since the last. */
export const DIGEST_HOUR_UTC = 16;

export interface DigestDeps {
  mail: MailConfig;
  mailerConfigured: boolean;
  now: () => Date;
}

/**
 * Writes each person's daily email into the outbox (decision 050). A person's email of a day is
 * claimed, written and its notifications marked in one transaction: a second run that day finds
 * the claim and writes nothing, and a run that fails part way leaves nothing behind, so every
 * notification is told once. Sending is the outbox's (one instance sends each message).
 */
export function notificationDigests(db: Db, deps: DigestDeps, log?: FastifyBaseLogger) {
  async function digestOne(r: Recipient, at: Date, day: string) {
    await writeTransaction(db, async (tx) => {
      const repo = notificationsRepository(tx);
      const claim = await repo.claimDay(r, day);
      if (!claim) return;
      const pending = await repo.pending(r, at);
      const off = await repo.turnedOff(r);
      const contact = await repo.contact(r);
      const told = contact?.address ? pending.filter((n) => !off.has(n.kind as NotificationKind)) : [];
      if (told.length === 0) {
        await repo.markDigested(
          pending.map((n) => n.id),
          at,
          null,
        );
        return;
      }
      const { links, requestId } = await answerLinks(tx, r, told, at);
      const preferences = newPreferencesToken();
      await repo.insertLink(r, preferences.tokenHash, at);
      const letter = notificationLetter(
        contact!.name,
        at,
        told.map((n) => ({ kind: n.kind as NotificationKind, actionId: n.actionId, payload: n.payload })),
        {
          answer: (item) => links.get(item.actionId ?? '') ?? null,
          action: (actionId) => (contact!.hasAccount ? `${deps.mail.publicUrl}/actions/${actionId}` : null),
          preferences: `${deps.mail.publicUrl}/notifications/${preferences.token}`,
        },
      );
      const plans = [...new Set(told.map((n) => n.planId))];
      const [message] = await outboxRepository(tx).insert([
        {
          planId: plans.length === 1 ? plans[0]! : null,
          kind: 'notification-digest',
          personId: r.personId,
          toName: contact!.name,
          toAddress: contact!.address!,
          subject: letter.subject,
          body: letter.body,
          updateRequestId: requestId,
          state: deps.mailerConfigured ? 'queued' : 'not_sent',
          nextAttemptAt: deps.mailerConfigured ? at : null,
          createdAt: at,
        },
      ]);
      await repo.setDigestMessage(claim, message!.id);
      await repo.markDigested(
        told.map((n) => n.id),
        at,
        message!.id,
      );
      await repo.markDigested(
        pending.filter((n) => !told.includes(n)).map((n) => n.id),
        at,
        null,
      );
      await recordAudit(tx, {
        actorId: null,
        planId: plans.length === 1 ? plans[0]! : null,
        entityType: 'notification-digest',
        entityId: claim,
        operation: 'write',
        after: { outboxMessageId: message!.id, notifications: told.map((n) => n.id) },
      });
    });
  }

  /**
   * A lead asked to answer a challenge gets their personal link to the plan's open month (a new
   * one, as a reminder's is: only a link's hash is kept), at `#challenges`; with no month taking
   * updates, none (a lead with an account is sent to the action instead).
   */
  async function answerLinks(
    tx: Db,
    r: Recipient,
    told: { kind: string; planId: string; actionId: string | null }[],
    at: Date,
  ) {
    const links = new Map<string, string>();
    let requestId: string | null = null;
    if (!r.personId) return { links, requestId };
    const repo = notificationsRepository(tx);
    const requests = updateRequestsService(tx, deps.now);
    const asked = told.filter((n) => n.kind === 'challenge-raised' && n.actionId);
    for (const planId of new Set(asked.map((n) => n.planId))) {
      const period = await repo.openPeriod(planId);
      if (!period || at > updatesCloseAt(period)) continue;
      const issued = await requests.issueAll(
        tx,
        [{ planId, period: period.month, personId: r.personId, createdById: null }],
        period,
      );
      const link = issued.get(r.personId);
      if (!link) continue;
      requestId ??= link.id;
      for (const n of asked.filter((a) => a.planId === planId)) {
        links.set(n.actionId!, `${updateRequestUrl(deps.mail.publicUrl, link.token)}#challenges`);
      }
    }
    return { links, requestId };
  }

  return {
    /** Writes today's emails once the hour has come; a run before it, or again the same day, writes none. */
    async run(): Promise<void> {
      const at = deps.now();
      if (at.getUTCHours() < DIGEST_HOUR_UTC) return;
      const day = at.toISOString().slice(0, 10);
      for (const r of await notificationsRepository(db).waiting(at)) {
        try {
          await digestOne(r, at, day);
        } catch (error) {
          log?.error({ err: error, recipient: r }, 'a daily notification email could not be written');
        }
      }
    },
  };
}
