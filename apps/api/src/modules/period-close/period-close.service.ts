import { formatMonth, type Month, type Period, type PeriodClosePreview } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import type { reportingPeriods } from '../../db/schema';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError } from '../../plugins/errors';
import { periodsRepository, toPeriod } from '../periods';
import { plansRepository } from '../plans';
import { reminderPoints, reminderScheduleRepository } from '../reminders';
import { dueForUpdate, loadSummaryInput } from '../summary';
import { updateRequestsRepository } from '../update-requests';

type PeriodRow = typeof reportingPeriods.$inferSelect;

/**
 * Closing a month: its updates become read-only and the plan as it stood is kept; its live
 * personal links expire at once and its scheduled reminders not yet gone are cancelled (read from
 * the closed month, see reminderPoints). The manager reads first what closing will end.
 */
export function periodCloseService(db: Db, now: () => Date) {
  /** The month, open; `lock` holds it until the transaction ends. */
  async function openMonth(tx: Db, planId: string, month: Month, lock?: 'update') {
    if (!(await plansRepository(tx).exists(planId))) throw new NotFoundError('Plan');
    const row = await periodsRepository(tx).find(planId, month, lock);
    if (!row) throw new NotFoundError('Period');
    if (row.state === 'closed') throw new ConflictError(`${formatMonth(month)} is closed already`);
    return row;
  }

  async function whatClosingEnds(tx: Db, row: PeriodRow): Promise<PeriodClosePreview> {
    const today = now();
    const input = await loadSummaryInput(tx, row.planId, row.month, today);
    if (!input) throw new NotFoundError('Plan');
    const schedules = reminderScheduleRepository(tx);
    const points = reminderPoints(
      await schedules.find(row.planId),
      row,
      await schedules.runs(row.planId, [row.month]),
    );
    return {
      month: row.month,
      deadline: row.deadline >= today.toISOString().slice(0, 10) ? row.deadline : null,
      missingUpdates: dueForUpdate(input)
        .filter(({ given }) => !given)
        .map(({ action }) => ({
          action: { id: action.id, ref: action.ref, title: action.title },
          leads: action.leads.map((lead) => ({ id: lead.id, name: lead.name })),
        })),
      liveLinks: await updateRequestsRepository(tx).liveByPerson(row.planId, row.month, today),
      remindersToCancel: points.filter((point) => point.state === 'planned'),
    };
  }

  return {
    preview: async (planId: string, month: Month) => whatClosingEnds(db, await openMonth(db, planId, month)),

    close: (actorId: string, planId: string, month: Month): Promise<Period> =>
      writeTransaction(db, async (tx) => {
        // Locked first: reminders being written for the month finish before it closes (they hold it shared).
        const row = await openMonth(tx, planId, month, 'update');
        const ends = await whatClosingEnds(tx, row);
        const at = now();
        // The plan as it stood in the month closing: each action's position then.
        const snapshot = await plansRepository(tx).tree(planId, at, month);
        const closed = await periodsRepository(tx).close(row.id, {
          closedAt: at,
          closedById: actorId,
          snapshot,
        });
        const linksExpired = await updateRequestsRepository(tx).expire(planId, month, at);
        const period = toPeriod(closed);
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'period',
          entityId: row.id,
          operation: 'close',
          before: toPeriod(row),
          after: {
            ...period,
            updatesMissing: ends.missingUpdates.map((m) => m.action.ref),
            linksExpired,
            remindersCancelled: ends.remindersToCancel.map((p) => p.at),
          },
        });
        return period;
      }),
  };
}
