import {
  formatMonth,
  type KpiDetail,
  type RecordKpiValueBody,
  type SessionUser,
  type UpdateKpiBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { AppError, NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people';
import { plansRepository } from '../plans';
import { kpisRepository } from './kpis.repository';

/** Editing KPIs (the manager) and recording their actuals (the manager or the KPI's owner). */
export function kpisService(db: Db, now: () => Date) {
  async function detail(tx: Db, kpiId: string): Promise<KpiDetail> {
    const kpi = await kpisRepository(tx).detail(kpiId);
    if (!kpi) throw new NotFoundError('KPI');
    return kpi;
  }

  return {
    get: (kpiId: string) => detail(db, kpiId),

    update: (actorId: string, kpiId: string, body: UpdateKpiBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const before = await detail(tx, kpiId);
        assertIfMatch(ifMatch, before, 'KPI');
        if (body.ownerId) await assertLivePeople(tx, [body.ownerId], 'body.ownerId');
        const { targets, ...fields } = body;
        const repo = kpisRepository(tx);
        if (!(await repo.update(kpiId, before.version, fields, now()))) {
          throw new StaleVersionError('This KPI was changed by someone else', before);
        }
        if (targets) await repo.setTargets(kpiId, targets);
        const after = await detail(tx, kpiId);
        await recordPlanChange(tx, {
          actorId,
          planId: before.planId,
          entityType: 'kpi',
          entityId: kpiId,
          operation: 'update',
          before: { ...before, history: undefined, values: undefined },
          after: { ...after, history: undefined, values: undefined },
        });
        return after;
      }),

    /** One value per period: a new one supersedes the old, which stays in the history. */
    recordValue: (user: SessionUser, kpiId: string, body: RecordKpiValueBody) =>
      writeTransaction(db, async (tx) => {
        const before = await detail(tx, kpiId);
        const isOwner = user.personId !== null && before.owner?.id === user.personId;
        if (user.role !== 'manager' && !isOwner) {
          throw new AppError(403, 'forbidden', 'Only the manager or the KPI’s owner may record its values');
        }
        const plan = await plansRepository(tx).findById(before.planId);
        if (body.period < plan!.periodStart || body.period > plan!.periodEnd) {
          const message = `Choose a month within the plan, ${formatMonth(plan!.periodStart)} to ${formatMonth(plan!.periodEnd)}`;
          throw new ValidationError(message, [{ path: 'body.period', message }]);
        }
        await kpisRepository(tx).addValue({
          kpiId,
          period: body.period,
          value: body.value,
          note: body.note || null,
          authorId: user.id,
          createdAt: now(),
        });
        const after = await detail(tx, kpiId);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: before.planId,
          entityType: 'kpi',
          entityId: kpiId,
          operation: 'record-value',
          before: before.values.find((v) => v.period === body.period) ?? null,
          after: after.latest,
        });
        return { value: after.values.find((v) => v.period === body.period)!, kpi: after };
      }),
  };
}
