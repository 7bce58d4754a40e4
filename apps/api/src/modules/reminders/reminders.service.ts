import type {
  Month,
  RemindersReply,
  RoundLead,
  RoundReminders,
  SessionUser,
  UpdateReminderScheduleBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { lastDayForUpdates, periodsRepository, updatesCloseAt } from '../periods';
import { plansRepository } from '../plans';
import { dueForUpdate, loadSummaryInput } from '../summary';
import { updateRequestsRepository } from '../update-requests';
import type { Mailer } from './mailer';
import { toOutboxMessage } from './outbox.repository';
import { outboxDelivery } from './outbox-delivery';
import { type ReminderDeps, writeReminders } from './reminder-letters';
import { reminderPoints } from './reminder-points';
import { reminderScheduleRepository } from './reminder-schedule.repository';
import { remindersRepository } from './reminders.repository';

/** Reminders for missing updates: sent by the manager now, or on the plan's schedule. */
export function remindersService(db: Db, mailer: Mailer, deps: ReminderDeps) {
  const { now } = deps;
  const delivery = outboxDelivery(db, mailer, now);

  async function assertPlan(tx: Db, planId: string) {
    if (!(await plansRepository(tx).exists(planId))) throw new NotFoundError('Plan');
  }

  /** Each lead with actions due in the period, how many are still missing, and how to reach them. */
  async function roundLeads(planId: string, month: Month): Promise<RoundLead[]> {
    const input = await loadSummaryInput(db, planId, month, now());
    if (!input) throw new NotFoundError('Plan');
    const leads = new Map<string, RoundLead>();
    for (const { action, given } of dueForUpdate(input)) {
      for (const lead of action.leads) {
        const entry = leads.get(lead.id) ?? {
          personId: lead.id,
          name: lead.name,
          email: null,
          hasAccount: false,
          due: 0,
          missing: 0,
          lastRemindedAt: null,
          link: null,
        };
        entry.due++;
        if (!given) entry.missing++;
        leads.set(lead.id, entry);
      }
    }
    const ids = [...leads.keys()];
    const repo = remindersRepository(db);
    const reach = await repo.addresses(ids);
    const withAccount = await repo.withActiveAccount(ids);
    const reminded = await repo.lastReminded(planId, month, ids);
    const links = await updateRequestsRepository(db).latestByPerson(planId, month, ids);
    const at = now();
    return [...leads.values()]
      .map((lead): RoundLead => {
        const link = links.get(lead.personId);
        return {
          ...lead,
          email: reach.get(lead.personId)?.address ?? null,
          hasAccount: withAccount.has(lead.personId),
          lastRemindedAt: reminded.get(lead.personId)?.toISOString() ?? null,
          link: link
            ? {
                state: link.revokedAt ? 'revoked' : link.expiresAt <= at ? 'expired' : 'active',
                createdAt: link.createdAt.toISOString(),
                firstOpenedAt: link.firstOpenedAt?.toISOString() ?? null,
                lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
              }
            : null,
        };
      })
      .sort((a, b) => b.missing - a.missing || a.name.localeCompare(b.name));
  }

  return {
    /** Emails every lead with updates still missing, now, each with their personal link. */
    async send(user: SessionUser, planId: string, month: Month): Promise<RemindersReply> {
      const written = await writeTransaction(db, async (tx) => {
        const result = await writeReminders(tx, deps, {
          planId,
          month,
          createdById: user.id,
          from: user.displayName,
          escalate: false,
        });
        if (!result) throw new NotFoundError('Plan');
        await recordAudit(tx, {
          actorId: user.id,
          planId,
          entityType: 'period',
          entityId: `${planId}:${month}`,
          operation: 'send-reminders',
          after: { messages: result.rows.length, mailConfigured: mailer.configured },
        });
        return result;
      });
      // Sent after the commit: a message is never lost, and a slow server holds no transaction open.
      const delivered = new Map(
        (await delivery.deliver(written.rows.map((r) => r.id))).map((r) => [r.id, r]),
      );
      return {
        messages: written.rows.map((row) => toOutboxMessage(delivered.get(row.id) ?? row, true)),
        unreachable: written.unreachable,
        mailConfigured: mailer.configured,
      };
    },

    /** What the period's reminders will do: the schedule's times, who can be reached, the links in use. */
    async overview(planId: string, month: Month): Promise<RoundReminders> {
      await assertPlan(db, planId);
      const schedules = reminderScheduleRepository(db);
      const schedule = await schedules.find(planId);
      const period = await periodsRepository(db).find(planId, month);
      return {
        period: month,
        deadline: period?.deadline ?? null,
        openUntil: period ? lastDayForUpdates(period) : null,
        schedule,
        points: period ? reminderPoints(schedule, period, await schedules.runs(planId, [month])) : [],
        leads: await roundLeads(planId, month),
        activeLinks: await updateRequestsRepository(db).countActive(planId, month, now()),
        takesUpdates: period?.state === 'open' && now() <= updatesCloseAt(period),
        mailConfigured: mailer.configured,
      };
    },

    schedule: async (planId: string) => {
      await assertPlan(db, planId);
      return reminderScheduleRepository(db).find(planId);
    },

    saveSchedule: (
      actorId: string,
      planId: string,
      body: UpdateReminderScheduleBody,
      ifMatch: number | null,
    ) =>
      writeTransaction(db, async (tx) => {
        await assertPlan(tx, planId);
        const repo = reminderScheduleRepository(tx);
        const before = await repo.find(planId);
        // Compared here first: an If-Match of any size is a 409, never a query out of range.
        assertIfMatch(ifMatch, before, 'reminder schedule');
        const saved = await repo.save(planId, before.version, body, now());
        if (!saved)
          throw new StaleVersionError(
            'The reminder schedule was changed by someone else',
            await repo.find(planId),
          );
        await recordAudit(tx, {
          actorId,
          planId,
          entityType: 'reminder-schedule',
          entityId: planId,
          operation: 'update',
          before,
          after: saved,
        });
        return saved;
      }),
  };
}
