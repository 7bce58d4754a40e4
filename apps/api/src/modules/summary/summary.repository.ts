import { type Month, planMonth } from '@ragboard/shared';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, outcomes, plans, priorities } from '../../db/schema';
import { actionLeadRefs, loadPositionSource, planPeriods } from '../../read-model';
import { kpisRepository } from '../kpis';
import type { SummaryInput } from './period-summary';

/** Everything a period's summary needs, in a fixed number of queries whatever the plan's size. */
export async function loadSummaryInput(db: Db, planId: string, asked: Month | undefined, today: Date) {
  const [plan] = await db
    .select({ id: plans.id, periodStart: plans.periodStart, periodEnd: plans.periodEnd, state: plans.state })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) return null;
  const periods = (await planPeriods(db, [planId])).get(planId) ?? [];
  const period = asked ?? planMonth(plan, periods, today);
  const month = periods.find((p) => p.month === period);
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
  const source = await loadPositionSource(db, eq(actions.planId, planId), period);

  const kpis = (await kpisRepository(db).listForPlan(planId)) ?? [];
  const kpiJudgements = kpis.map((k) => k.values.filter((v) => v.period <= period).at(-1)?.judgement ?? null);
  const group = new Map(priorityRows.map((p) => [p.id, p]));
  return {
    planId,
    planStart: plan.periodStart,
    planEnd: plan.periodEnd,
    kpiJudgements,
    period,
    periodState: month?.state ?? 'not-opened',
    deadline: month?.state === 'open' ? month.deadline : null,
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
    })),
    source,
  } satisfies SummaryInput;
}
