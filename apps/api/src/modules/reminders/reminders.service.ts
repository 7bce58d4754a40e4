import { formatMonth, type Month, type RemindersReply, type SessionUser } from '@ragboard/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { MailConfig } from '../../config';
import type { Db } from '../../db/client';
import { people, reportingPeriods, users } from '../../db/schema';
import { NotFoundError } from '../../plugins/errors';
import { auditRepository } from '../audit/audit.repository';
import { periodSummary } from '../summary/period-summary';
import { loadSummaryInput } from '../summary/summary.repository';
import type { Mailer } from './mailer';
import { outboxRepository, toOutboxMessage } from './outbox.repository';

interface LeadReminder {
  personId: string;
  name: string;
  actions: { id: string; ref: string; title: string }[];
}

function reminderText(
  lead: LeadReminder,
  month: Month,
  deadline: string | null,
  link: (id: string) => string,
  from: string,
) {
  const lines = lead.actions.map((a) => `- ${a.ref} ${a.title.split('\n')[0]}\n  ${link(a.id)}`);
  return [
    `Dear ${lead.name},`,
    '',
    `Please give your ${formatMonth(month)} update for ${lead.actions.length === 1 ? 'this action' : `these ${lead.actions.length} actions`}${deadline ? ` by ${deadline}` : ''}:`,
    '',
    ...lines,
    '',
    'Thank you,',
    from,
  ].join('\n');
}

/** One email per lead with updates missing for the period; every message kept in the outbox. */
export function remindersService(db: Db, mailer: Mailer, mail: MailConfig, now: () => Date) {
  return {
    async send(user: SessionUser, planId: string, month: Month): Promise<RemindersReply> {
      const input = await loadSummaryInput(db, planId, month, now());
      if (!input) throw new NotFoundError('Plan');
      const byLead = new Map<string, LeadReminder>();
      for (const { action, leads } of periodSummary(input).missing) {
        for (const lead of leads) {
          const entry = byLead.get(lead.id) ?? { personId: lead.id, name: lead.name, actions: [] };
          entry.actions.push(action);
          byLead.set(lead.id, entry);
        }
      }
      const ids = [...byLead.keys()];
      const contacts = await db
        .select({ id: people.id, email: people.email, accountEmail: users.email })
        .from(people)
        .leftJoin(users, and(eq(users.personId, people.id), eq(users.active, true)))
        .where(inArray(people.id, ids));
      const [period] = await db
        .select({ deadline: reportingPeriods.deadline })
        .from(reportingPeriods)
        .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.month, month)));
      const address = new Map(contacts.map((c) => [c.id, c.email ?? c.accountEmail]));
      const reachable = [...byLead.values()].filter((l) => address.get(l.personId));
      const link = (id: string) => `${mail.publicUrl}/my-actions/${id}/update`;

      const rows = await db.transaction(async (tx) => {
        const inserted = await outboxRepository(tx).insert(
          reachable.map((lead) => ({
            planId,
            period: month,
            kind: 'update-reminder',
            toName: lead.name,
            toAddress: address.get(lead.personId)!,
            subject: `ragboard: your ${formatMonth(month)} update is due`,
            body: reminderText(lead, month, period?.deadline ?? null, link, user.displayName),
            state: mailer.configured ? ('queued' as const) : ('not_sent' as const),
            createdById: user.id,
          })),
        );
        await auditRepository(tx).record({
          actorId: user.id,
          planId,
          entityType: 'period',
          entityId: `${planId}:${month}`,
          operation: 'send-reminders',
          after: { messages: inserted.length, mailConfigured: mailer.configured },
        });
        return inserted;
      });

      // Sent after the commit: a message is never lost, and a slow server holds no transaction open.
      const outbox = outboxRepository(db);
      const messages = mailer.configured
        ? await Promise.all(
            rows.map(async (row) => {
              try {
                await mailer.send({
                  to: { name: row.toName, address: row.toAddress },
                  subject: row.subject,
                  text: row.body,
                });
                return outbox.mark(row.id, { state: 'sent', error: null, sentAt: now() });
              } catch (error) {
                return outbox.mark(row.id, {
                  state: 'failed',
                  error: (error as Error).message,
                  sentAt: null,
                });
              }
            }),
          )
        : rows;
      return {
        messages: messages.map(toOutboxMessage),
        unreachable: [...byLead.values()]
          .filter((l) => !address.get(l.personId))
          .map((l) => ({ personId: l.personId, name: l.name, actions: l.actions.length })),
        mailConfigured: mailer.configured,
      };
    },
  };
}
