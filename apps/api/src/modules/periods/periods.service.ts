import { formatMonth, type OpenPeriodBody, type Period } from '@ragboard/shared';
import type { Db } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { recordPlanChange } from '../plans/plan-changes';
import { plansRepository } from '../plans/plans.repository';
import { periodsRepository, toPeriod } from './periods.repository';

/** Reporting periods: the manager opens a month for updates and closes it, keeping a snapshot. */
export function periodsService(db: Db, now: () => Date) {
  async function plan(tx: Db, planId: string) {
    const row = await plansRepository(tx).findById(planId);
    if (!row) throw new NotFoundError('Plan');
    return row;
  }

  return {
    async list(planId: string): Promise<Period[]> {
      await plan(db, planId);
      return (await periodsRepository(db).list(planId)).map(toPeriod);
    },

    open: (actorId: string, planId: string, body: OpenPeriodBody) =>
      db.transaction(async (tx) => {
        const p = await plan(tx, planId);
        if (body.month < p.periodStart || body.month > p.periodEnd) {
          const message = `Choose a month within the plan, ${formatMonth(p.periodStart)} to ${formatMonth(p.periodEnd)}`;
          throw new ValidationError(message, [{ path: 'body.month', message }]);
        }
        if (body.deadline.slice(0, 7) < body.month) {
          const message = 'The deadline cannot be before the month it is for';
          throw new ValidationError(message, [{ path: 'body.deadline', message }]);
        }
        const repo = periodsRepository(tx);
        if (await repo.find(planId, body.month)) {
          throw new ConflictError(`${formatMonth(body.month)} has been opened already`);
        }
        const row = await repo.insert({ planId, ...body, state: 'open', openedAt: now() });
        const period = toPeriod(row);
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'period',
          entityId: row.id,
          operation: 'open',
          after: period,
        });
        return period;
      }),

    /** Closing makes the month's updates read-only and keeps the plan as it stood. */
    close: (actorId: string, planId: string, month: string) =>
      db.transaction(async (tx) => {
        await plan(tx, planId);
        const repo = periodsRepository(tx);
        const row = await repo.find(planId, month);
        if (!row) throw new NotFoundError('Period');
        if (row.state === 'closed') throw new ConflictError(`${formatMonth(month)} is closed already`);
        const snapshot = await plansRepository(tx).tree(planId, now());
        const closed = await repo.close(row.id, { closedAt: now(), closedById: actorId, snapshot });
        const period = toPeriod(closed);
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'period',
          entityId: row.id,
          operation: 'close',
          before: toPeriod(row),
          after: period,
        });
        return period;
      }),
  };
}
