import { createHash } from 'node:crypto';
import {
  formatMonth,
  type LeadReminderReply,
  type Month,
  REMINDER_LINK_PLACEHOLDER,
  type ReminderPreview,
  type SessionUser,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { ConflictError, NotFoundError } from '../../plugins/errors';
import { periodsRepository, updatesCloseAt } from '../periods';
import { dueForUpdate, loadSummaryInput } from '../summary';
import { updateRequestsRepository, updateRequestsService, updateRequestUrl } from '../update-requests';
import type { Mailer } from './mailer';
import { outboxRepository, toOutboxMessage } from './outbox.repository';
import { outboxDelivery } from './outbox-delivery';
import {
  closedMonthError,
  newLinkLetter,
  type PlannedReminder,
  planReminders,
  type ReminderDeps,
  type ReminderRound,
  writePlannedReminders,
} from './reminder-letters';
import { remindersRepository } from './reminders.repository';

/** What the manager is shown, and must send back: the email exactly, the link standing as a placeholder. */
function previewOf(planned: PlannedReminder, takesUpdates: boolean): ReminderPreview {
  const body = planned.body(takesUpdates ? REMINDER_LINK_PLACEHOLDER : null);
  const seen = { toAddress: planned.to.address, cc: planned.cc, subject: planned.subject, body };
  return {
    personId: planned.personId,
    toName: planned.name,
    ...seen,
    digest: createHash('sha256').update(JSON.stringify(seen)).digest('base64url'),
  };
}

const WHY_NOT: Record<'no-email' | 'no-link', string> = {
  'no-email': 'has no email address',
  'no-link':
    'has no account, and the month gives no personal links now (it is not open, or its last day for updates has passed)',
};

/**
 * Chasing one lead on the round (decision 049): "Remind now" after a preview of the very email,
 * and "Send a new link", which withdraws their link for the month and writes a new one.
 */
export function leadChasing(db: Db, mailer: Mailer, deps: ReminderDeps) {
  const { now } = deps;
  const delivery = outboxDelivery(db, mailer, now);

  /** The one reminder for the lead, or a 409 saying why there is none. */
  async function planOne(tx: Db, round: ReminderRound & { personId: string }) {
    const plan = await planReminders(tx, deps, round);
    if (!plan) throw new NotFoundError('Plan');
    const planned = plan.planned[0];
    if (planned) return { plan, planned };
    const unreachable = plan.unreachable[0];
    const month = formatMonth(round.month);
    throw new ConflictError(
      unreachable
        ? `${unreachable.name} cannot be reminded: they ${WHY_NOT[unreachable.reason]}`
        : `This lead has no updates missing for ${month}`,
    );
  }

  /** Sends what was just written, after the commit (as every reminder is), and says how it went. */
  async function deliver(
    row: Awaited<ReturnType<ReturnType<typeof outboxRepository>['insert']>>[number],
    withdrawn: number,
  ): Promise<LeadReminderReply> {
    const [delivered] = await delivery.deliver([row.id]);
    return {
      message: toOutboxMessage(delivered ?? row, true),
      withdrawn,
      mailConfigured: mailer.configured,
    };
  }

  const roundOf = (user: SessionUser, planId: string, month: Month, personId: string) => ({
    planId,
    month,
    personId,
    createdById: user.id,
    from: user.displayName,
    escalate: false,
  });

  return {
    /** The reminder "Remind now" would write to the lead, writing nothing. */
    async preview(user: SessionUser, planId: string, month: Month, personId: string) {
      const { plan, planned } = await planOne(db, roundOf(user, planId, month, personId));
      return previewOf(planned, plan.takesUpdates);
    },

    /** Writes the previewed reminder (409 with the new preview if it would now read otherwise). */
    async remind(user: SessionUser, planId: string, month: Month, personId: string, digest: string) {
      const round = roundOf(user, planId, month, personId);
      const row = await writeTransaction(db, async (tx) => {
        const { plan, planned } = await planOne(tx, round);
        const preview = previewOf(planned, plan.takesUpdates);
        if (preview.digest !== digest)
          throw new ConflictError('The reminder has changed since you read it: read it again', preview);
        const [written] = await writePlannedReminders(tx, deps, round, plan);
        await recordAudit(tx, {
          actorId: user.id,
          planId,
          entityType: 'period',
          entityId: `${planId}:${month}`,
          operation: 'remind-lead',
          after: { personId, message: written!.id, mailConfigured: mailer.configured },
        });
        return written!;
      });
      return deliver(row, 0);
    },

    /** Withdraws the lead's links for the month and emails them a new one (409 when none can be given). */
    async newLink(user: SessionUser, planId: string, month: Month, personId: string) {
      const at = now();
      const { row, withdrawn } = await writeTransaction(db, async (tx) => {
        const period = await periodsRepository(tx).find(planId, month, 'share');
        if (period?.state === 'closed') throw closedMonthError(month);
        const input = await loadSummaryInput(tx, planId, month, at);
        if (!input) throw new NotFoundError('Plan');
        if (period?.state !== 'open' || at > updatesCloseAt(period))
          throw new ConflictError(
            `${formatMonth(month)} gives no personal links now: it is not open, or its last day for updates has passed`,
          );
        const due = dueForUpdate(input).filter(({ action }) => action.leads.some((l) => l.id === personId));
        const lead = due[0]?.action.leads.find((l) => l.id === personId);
        if (!lead) throw new ConflictError(`This lead has no actions due an update in ${formatMonth(month)}`);
        const to = (await remindersRepository(tx).addresses([personId])).get(personId);
        if (!to) throw new ConflictError(`${lead.name} cannot be sent a link: they have no email address`);
        const revoked = await updateRequestsRepository(tx).revoke(
          { planId, period: month, personId },
          user.id,
          at,
        );
        const links = await updateRequestsService(tx, now).issueAll(
          tx,
          [{ planId, period: month, personId, createdById: user.id }],
          period,
        );
        const link = links.get(personId)!;
        const [written] = await outboxRepository(tx).insert([
          {
            planId,
            period: month,
            kind: 'update-link',
            personId,
            toName: lead.name,
            toAddress: to.address,
            cc: [],
            subject: `ragboard: a new link for your ${formatMonth(month)} update`,
            body: newLinkLetter({
              name: lead.name,
              month,
              period,
              actions: due.map(({ action, given }) => ({ ...action, given: Boolean(given) })),
              link: updateRequestUrl(deps.mail.publicUrl, link.token),
              from: user.displayName,
            }),
            updateRequestId: link.id,
            state: deps.mailerConfigured ? 'queued' : 'not_sent',
            nextAttemptAt: deps.mailerConfigured ? at : null,
            createdById: user.id,
            createdAt: at,
          },
        ]);
        await recordAudit(tx, {
          actorId: user.id,
          planId,
          entityType: 'period',
          entityId: `${planId}:${month}`,
          operation: 'replace-update-request',
          after: { personId, revoked, issued: link.id, message: written!.id },
        });
        return { row: written!, withdrawn: revoked.length };
      });
      return deliver(row, withdrawn);
    },
  };
}
