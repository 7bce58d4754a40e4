import { type Month, monthOf } from '@ragboard/shared';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, outcomes, plans, priorities, statusUpdates } from '../../db/schema';
import { kpisRepository } from '../kpis/kpis.repository';
import { actionLeadRefs, awaitingSignOff, plansRepository } from '../plans/plans.repository';
import type { SummaryInput } from './period-summary';

/** Everything a period's summary needs, in a fixed number of queries whatever the plan's size. */
export async function loadSummaryInput(db: Db, planId: string, asked: Month | undefined, today: Date) {
  const [plan] = await db
    .select({ id: plans.id, start: plans.periodStart })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) return null;
  const period = asked ?? (await plansRepository(db).currentPeriod(planId, today)) ?? monthOf(today);
  const live = isNull(actions.archivedAt);
  const priorityRows = await db
    .select()
    .from(priorities)
    .where(and(eq(priorities.planId, planId), isNull(priorities.archivedAt)))
    .orderBy(asc(priorities.position));
  const outcomeRows = await db
    .select({ id: outcomes.id, ref: outcomes.ref, title: outcomes.title, priorityId: outcomes.priorityId })
    .from(outcomes)
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(and(eq(outcomes.planId, planId), isNull(outcomes.archivedAt)))
    .orderBy(asc(priorities.position), asc(outcomes.position));
  const actionRows = await db
    .select({ action: actions, priorityId: outcomes.priorityId })
    .from(actions)
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(and(eq(actions.planId, planId), live))
    .orderBy(asc(priorities.position), asc(outcomes.position), asc(actions.position));
  const leadsByAction = await actionLeadRefs(db, eq(actions.planId, planId));
  const updateRows = await db
    .select({
      actionId: statusUpdates.actionId,
      period: statusUpdates.period,
      status: statusUpdates.status,
      note: statusUpdates.note,
      revisedDue: statusUpdates.revisedDue,
      createdAt: statusUpdates.createdAt,
      supersededById: statusUpdates.supersededById,
      signedOffAt: statusUpdates.signedOffAt,
      rejectedAt: statusUpdates.rejectedAt,
    })
    .from(statusUpdates)
    .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
    .where(and(eq(actions.planId, planId), lte(statusUpdates.period, period)));
  const awaiting = new Set((await awaitingSignOff(db, eq(actions.planId, planId))).map((a) => a.actionId));

  const kpis = (await kpisRepository(db).listForPlan(planId)) ?? [];
  const kpiJudgements = kpis.map((k) => k.values.filter((v) => v.period <= period).at(-1)?.judgement ?? null);
  const group = new Map(priorityRows.map((p) => [p.id, p]));
  return {
    planId,
    planStart: plan.start,
    kpiJudgements,
    period,
    today,
    priorities: priorityRows.map((p) => ({
      id: p.id,
      ref: p.ref,
      title: p.title,
      deliveryGroup: p.deliveryGroupName,
      cadence: p.reportingCadence,
      byException: p.byException,
    })),
    outcomes: outcomeRows,
    actions: actionRows.map(({ action: a, priorityId }) => ({
      id: a.id,
      ref: a.ref,
      title: a.title,
      dueMonth: a.dueMonth,
      dueText: a.dueText,
      priorityId,
      outcomeId: a.outcomeId,
      cadence: group.get(priorityId)?.reportingCadence ?? 'monthly',
      byException: group.get(priorityId)?.byException ?? false,
      leads: leadsByAction.get(a.id) ?? [],
      awaitingSignOff: awaiting.has(a.id),
    })),
    updates: updateRows.map((u) => ({
      actionId: u.actionId,
      period: u.period,
      status: u.status,
      note: u.note,
      revisedDue: u.revisedDue,
      createdAt: u.createdAt,
      superseded: u.supersededById !== null,
      counts:
        u.supersededById === null && u.rejectedAt === null && (u.status !== 'Blue' || u.signedOffAt !== null),
    })),
  } satisfies SummaryInput;
}
