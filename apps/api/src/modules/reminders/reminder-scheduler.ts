import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { plans, reminderRuns, reminderSchedules, reportingPeriods } from '../../db/schema';
import { recordAudit } from '../../journal';
import { periodsRepository, updatesCloseAt } from '../periods';
import type { Mailer } from './mailer';
import { outboxDelivery } from './outbox-delivery';
import { type ReminderDeps, writeReminders } from './reminder-letters';
import { reminderPoints } from './reminder-points';
import { toReminderSchedule } from './reminder-schedule.repository';

export const SCHEDULED_REMINDER_SIGNATURE = 'The partnership manager';

/**
 * Sends each plan's scheduled reminders, and retries the outbox, from inside the server. A
 * reminder is claimed by inserting its `reminder_runs` row in the transaction that writes its
 * emails: of several instances exactly one commits it, and a restart finds it done. When the
 * server was down past several, only the latest goes; the earlier ones are recorded as skipped.
 */
export function reminderScheduler(
  db: Db,
  mailer: Mailer,
  deps: ReminderDeps,
  log: FastifyBaseLogger,
  /** Other timed work done at each turn (drafting meetings' packs), each on its own. */
  otherJobs: { name: string; run: () => Promise<unknown> }[] = [],
) {
  const delivery = outboxDelivery(db, mailer, deps.now);
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  async function runPoint(
    period: typeof reportingPeriods.$inferSelect,
    offsetDays: number,
    escalate: boolean,
    dueAt: Date,
    skip: number[],
  ) {
    await writeTransaction(db, async (tx) => {
      const at = deps.now();
      // Read again under a shared lock: a month closed since the turn began is sent nothing, and
      // a close that comes now waits for this reminder to commit.
      const current = await periodsRepository(tx).find(period.planId, period.month, 'share');
      if (current?.state !== 'open') return;
      const claim = { planId: period.planId, period: period.month, ranAt: at };
      const [claimed] = await tx
        .insert(reminderRuns)
        .values({ ...claim, offsetDays, dueAt, state: 'sent' })
        .onConflictDoNothing()
        .returning({ id: reminderRuns.id });
      if (!claimed) return;
      if (skip.length) {
        await tx
          .insert(reminderRuns)
          .values(skip.map((days) => ({ ...claim, offsetDays: days, dueAt, state: 'skipped' as const })))
          .onConflictDoNothing();
      }
      // A reminder due before the month was opened is not sent the moment it opens, nor one that
      // comes round (after a time down) once its links could no longer work.
      const written =
        dueAt < period.openedAt || at > updatesCloseAt(current)
          ? null
          : await writeReminders(tx, deps, {
              planId: period.planId,
              month: period.month,
              createdById: null,
              from: SCHEDULED_REMINDER_SIGNATURE,
              escalate,
            });
      const messages = written?.rows.length ?? 0;
      await tx
        .update(reminderRuns)
        .set({ state: messages > 0 ? 'sent' : 'skipped', messages })
        .where(eq(reminderRuns.id, claimed.id));
      await recordAudit(tx, {
        actorId: null,
        planId: period.planId,
        entityType: 'period',
        entityId: `${period.planId}:${period.month}`,
        operation: 'scheduled-reminders',
        after: { offsetDays, escalate, messages, skipped: skip },
      });
    });
  }

  async function runDuePoints() {
    const open = await db
      .select({ period: reportingPeriods, schedule: reminderSchedules })
      .from(reportingPeriods)
      .innerJoin(plans, and(eq(plans.id, reportingPeriods.planId), eq(plans.state, 'active')))
      .leftJoin(reminderSchedules, eq(reminderSchedules.planId, reportingPeriods.planId))
      .where(eq(reportingPeriods.state, 'open'));
    if (open.length === 0) return;
    const runs = await db
      .select()
      .from(reminderRuns)
      .where(inArray(reminderRuns.planId, [...new Set(open.map((o) => o.period.planId))]));
    const now = deps.now();
    for (const { period, schedule } of open) {
      const points = reminderPoints(
        toReminderSchedule(schedule),
        period,
        runs.filter((r) => r.planId === period.planId && r.period === period.month),
      ).filter((p) => p.state === 'planned' && Date.parse(p.at) <= now.getTime());
      const latest = points.at(-1);
      if (!latest) continue;
      try {
        await runPoint(
          period,
          latest.offsetDays,
          latest.escalate,
          new Date(latest.at),
          points.slice(0, -1).map((p) => p.offsetDays),
        );
      } catch (error) {
        log.error({ err: error, planId: period.planId, period: period.month }, 'scheduled reminders failed');
      }
    }
  }

  async function tick() {
    try {
      await runDuePoints();
      await delivery.deliver();
    } catch (error) {
      log.warn({ err: error }, 'the reminder schedule could not run; it tries again at its next turn');
    }
    for (const job of otherJobs) {
      try {
        await job.run();
      } catch (error) {
        log.warn({ err: error }, `${job.name} could not run; it tries again at the next turn`);
      }
    }
  }

  return {
    /** One turn: the reminders now due, then the outbox. A turn already under way is shared. */
    tick(): Promise<void> {
      running ??= tick().finally(() => {
        running = null;
      });
      return running;
    },

    start(intervalMs: number) {
      timer = setInterval(() => void this.tick(), intervalMs);
      timer.unref();
      void this.tick();
    },

    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

export type ReminderScheduler = ReturnType<typeof reminderScheduler>;
