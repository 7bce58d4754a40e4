import { addMonths, isBehind, isDueForUpdate, type MyAction, monthOf } from '@ragboard/shared';
import { and, asc, eq, exists, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actionLeads,
  actions,
  outcomes,
  plans,
  priorities,
  reportingPeriods,
  statusUpdates,
} from '../../db/schema';
import {
  actionLeadRefs,
  loadPositionSource,
  planMonths,
  positionReader,
  toActionNode,
} from '../../read-model';
import { plansRepository } from '../plans';

/** The actions a person leads, or whose priority's delivery group they lead: a fixed number of queries. */
export async function myActions(db: Db, personId: string, today: Date): Promise<MyAction[]> {
  const leads = db
    .select({ one: actionLeads.actionId })
    .from(actionLeads)
    .where(and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, personId)));
  const rows = await db
    .select({
      action: actions,
      plan: { id: plans.id, title: plans.title },
      planDates: {
        id: plans.id,
        periodStart: plans.periodStart,
        periodEnd: plans.periodEnd,
        state: plans.state,
      },
      outcomeRef: outcomes.ref,
      priorityRef: priorities.ref,
      cadence: priorities.reportingCadence,
      byException: priorities.byException,
      groupLeadId: priorities.deliveryGroupLeadId,
    })
    .from(actions)
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .innerJoin(plans, eq(plans.id, actions.planId))
    .where(
      and(
        isNull(actions.archivedAt),
        eq(plans.state, 'active'),
        or(exists(leads), eq(priorities.deliveryGroupLeadId, personId)),
      ),
    )
    .orderBy(asc(plans.title), asc(priorities.position), asc(outcomes.position), asc(actions.position));
  const ids = rows.map((r) => r.action.id);
  const leadsByAction = await actionLeadRefs(db, inArray(actions.id, ids));
  const planIds = [...new Set(rows.map((r) => r.plan.id))];
  const periods = await plansRepository(db).currentPeriods(planIds, today);
  const months = await planMonths(
    db,
    planIds.map((id) => rows.find((r) => r.plan.id === id)!.planDates),
    today,
  );
  const positions = positionReader(await loadPositionSource(db, inArray(actions.id, ids)));
  const updated = await db
    .select({ actionId: statusUpdates.actionId, period: statusUpdates.period })
    .from(statusUpdates)
    .where(inArray(statusUpdates.actionId, ids));
  const soon = addMonths(monthOf(today), 1);
  // When each plan's open month's updates are due, as the dashboard says it ("due by 31 December").
  const deadlines = new Map(
    planIds.length === 0
      ? []
      : (
          await db
            .select({
              planId: reportingPeriods.planId,
              month: reportingPeriods.month,
              deadline: reportingPeriods.deadline,
            })
            .from(reportingPeriods)
            .where(inArray(reportingPeriods.planId, planIds))
        ).map((p) => [`${p.planId} ${p.month}`, p.deadline]),
  );

  const items = rows.map((r): MyAction => {
    const a = r.action;
    const period = periods.get(r.plan.id) ?? null;
    const done = period !== null && updated.some((u) => u.actionId === a.id && u.period === period);
    const position = positions.at(a, {
      month: months.get(r.plan.id)!,
      today,
      planEnd: r.planDates.periodEnd,
    });
    // Due soon by the date in force: the new completion date once one is agreed.
    const inForce = position.newDate?.date.slice(0, 7) ?? a.dueMonth;
    return {
      action: toActionNode(a, leadsByAction.get(a.id) ?? [], position),
      plan: r.plan,
      outcomeRef: r.outcomeRef,
      priorityRef: r.priorityRef,
      period,
      deadline: period ? (deadlines.get(`${r.plan.id} ${period}`) ?? null) : null,
      updated: done,
      needsUpdate:
        period !== null &&
        !done &&
        isDueForUpdate(
          { cadence: r.cadence, byException: r.byException, statusBefore: a.status, dueMonth: a.dueMonth },
          period,
        ),
      dueSoon: a.status !== 'Blue' && inForce !== null && inForce >= monthOf(today) && inForce <= soon,
      as: leadsByAction.get(a.id)?.some((l) => l.id === personId) ? 'lead' : 'delivery-group-lead',
    };
  });
  // Those still needing this month's word first, then the late ones, then the plan's order.
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (x, y) =>
        Number(y.item.needsUpdate) - Number(x.item.needsUpdate) ||
        Number(isBehind(y.item.action)) - Number(isBehind(x.item.action)) ||
        x.index - y.index,
    )
    .map(({ item }) => item);
}
