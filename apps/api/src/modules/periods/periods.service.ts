import { formatMonth, type OpenPeriodBody, type Period } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { plansRepository } from '../plans';
import { periodsRepository, toPeriod } from './periods.repository';

/** Reporting periods: the manager opens a month for updates (closing one: period-close.ts). */
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
      writeTransaction(db, async (tx) => {
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
  };
}
