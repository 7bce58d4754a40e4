import {
  formatMonth,
  type KpiDetail,
  type RecordKpiValueBody,
  type SessionUser,
  type UpdateKpiBody,
} from '@ragboard/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { kpis, kpiTargets, kpiValues, plans } from '../../db/schema';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { assertLivePeople } from '../people/people.service';
import { recordPlanChange } from '../plans/plan-changes';
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
      db.transaction(async (tx) => {
        const before = await detail(tx, kpiId);
        assertIfMatch(ifMatch, before, 'KPI');
        if (body.ownerId) await assertLivePeople(tx, [body.ownerId], 'body.ownerId');
        const { targets, ...fields } = body;
        const [row] = await tx
          .update(kpis)
          .set({ ...fields, updatedAt: now(), version: sql`${kpis.version} + 1` })
          .where(and(eq(kpis.id, kpiId), eq(kpis.version, before.version)))
          .returning({ id: kpis.id });
        if (!row) throw new ConflictError('This KPI was changed by someone else', before);
        if (targets) {
          await tx.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpiId));
          if (targets.length) await tx.insert(kpiTargets).values(targets.map((t) => ({ ...t, kpiId })));
        }
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
      db.transaction(async (tx) => {
        const before = await detail(tx, kpiId);
        const isOwner = user.personId !== null && before.owner?.id === user.personId;
        if (user.role !== 'manager' && !isOwner) {
          throw new AppError(403, 'forbidden', 'Only the manager or the KPI’s owner may record its values');
        }
        const [plan] = await tx.select().from(plans).where(eq(plans.id, before.planId));
        if (body.period < plan!.periodStart || body.period > plan!.periodEnd) {
          const message = `Choose a month within the plan, ${formatMonth(plan!.periodStart)} to ${formatMonth(plan!.periodEnd)}`;
          throw new ValidationError(message, [{ path: 'body.period', message }]);
        }
        const [row] = await tx
          .insert(kpiValues)
          .values({
            kpiId,
            period: body.period,
            value: body.value,
            note: body.note || null,
            authorId: user.id,
            createdAt: now(),
          })
          .returning();
        await tx
          .update(kpiValues)
          .set({ supersededById: row!.id })
          .where(
            and(
              eq(kpiValues.kpiId, kpiId),
              eq(kpiValues.period, body.period),
              isNull(kpiValues.supersededById),
              sql`${kpiValues.id} <> ${row!.id}`,
            ),
          );
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
