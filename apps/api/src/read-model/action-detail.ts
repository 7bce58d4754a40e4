import {
  type Action,
  type CarriedActionRef,
  type IsoDate,
  type Month,
  type NewDateChange,
  type PersonRef,
  type PlanState,
  type PositionUpdate,
  planMonth,
  positionAt,
  positionIndex,
  type Status,
  updateCounts,
} from '@ragboard/shared';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  actionLeads,
  actionNewDates,
  actions,
  organisations,
  outcomes,
  people,
  plans,
  priorities,
  reportingPeriods,
  statusUpdates,
} from '../db/schema';
import { toActionNode } from './action-node';
import { blueAwaitingSignOff } from './action-refs';
import { carried } from './positions';

/**
 * Another action linked to this one by carrying forward, as a `CarriedActionRef` in JSON: `name`
 * is its alias, `linked` the condition joining it to `actions`.
 */
function carriedRef(name: string, linked: (other: ReturnType<typeof alias<typeof actions, string>>) => SQL) {
  const other = alias(actions, name);
  const plan = alias(plans, `${name}_plan`);
  return sql<(CarriedActionRef & { start: Month }) | null>`(
      select json_build_object('planId', ${plan.id}, 'planTitle', ${plan.title},
        'actionId', ${other.id}, 'ref', ${other.ref}, 'start', ${plan.periodStart})
      from ${actions} as ${sql.identifier(name)}
      join ${plans} as ${sql.identifier(`${name}_plan`)} on ${plan.id} = ${other.planId}
      where ${linked(other)})`;
}

/**
 * The columns of an action as its page shows it, for a select from `actions` joined to its outcome
 * and priority: one statement, where the tree's bulk reads (`actionLeadRefs`, `carriedFromRefs`,
 * `carriedToRefs`, `awaitingSignOff`, `currentPeriods`) would be five. Every write replies with
 * it, so it sits on every write's path (tests/bench/findings.md). `thisMonth` is today's month, or
 * a placeholder for it in a prepared statement.
 */
export function actionDetailFields(thisMonth: Month | Placeholder) {
  return {
    action: actions,
    outcomeRef: outcomes.ref,
    priorityId: priorities.id,
    priorityRef: priorities.ref,
    groupLeadId: priorities.deliveryGroupLeadId,
    leads: sql<PersonRef[]>`(
      select coalesce(json_agg(json_build_object('id', ${people.id}, 'name', ${people.name},
        'organisation', ${organisations.name}) order by ${actionLeads.position}), '[]'::json)
      from ${actionLeads}
      join ${people} on ${people.id} = ${actionLeads.personId}
      left join ${organisations} on ${organisations.id} = ${people.organisationId}
      where ${actionLeads.actionId} = ${actions.id})`,
    awaitingSignOff: sql<boolean>`(${actions.status} <> 'Blue' and exists (
      select 1 from ${statusUpdates}
      where ${statusUpdates.actionId} = ${actions.id} and ${blueAwaitingSignOff}))`,
    carriedFrom: carriedRef('earlier', (earlier) => sql`${earlier.id} = ${actions.carriedFromId}`),
    carriedTo: carriedRef('next', (next) => sql`${next.carriedFromId} = ${actions.id}`),
    plan: sql<{ periodStart: Month; periodEnd: Month; state: PlanState }>`(
      select json_build_object('periodStart', ${plans.periodStart}, 'periodEnd', ${plans.periodEnd}, 'state', ${plans.state})
      from ${plans} where ${plans.id} = ${actions.planId})`,
    periods: sql<{ month: Month; state: 'open' | 'closed' }[]>`(
      select coalesce(json_agg(json_build_object('month', ${reportingPeriods.month}, 'state', ${reportingPeriods.state})), '[]'::json)
      from ${reportingPeriods} where ${reportingPeriods.planId} = ${actions.planId})`,
    // What its position at its plan's month is folded from (`positionIndex`): on every write's path,
    // so only the updates that decide it (those that set or end a new date, Red and Blue, and the
    // current one, whose note it is) and the dated changes; never a replaced one.
    history: sql<HistoryEntry[]>`(
      select coalesce(json_agg(e), '[]'::json) from (
        select ${statusUpdates.period} as period, ${statusUpdates.createdAt} as "createdAt",
          ${statusUpdates.status}::text as status,
          case when ${statusUpdates.id} = ${actions.currentUpdateId} then ${statusUpdates.note} end as note,
          ${statusUpdates.revisedDue} as date, null::text as source,
          false as superseded, ${statusUpdates.rejectedAt} is not null as rejected,
          ${statusUpdates.signedOffAt} is not null as "signedOff"
        from ${statusUpdates}
        where ${statusUpdates.actionId} = ${actions.id} and ${statusUpdates.supersededById} is null
          and (${statusUpdates.status} in ('Red', 'Blue') or ${statusUpdates.id} = ${actions.currentUpdateId})
        union all
        select ${actionNewDates.period}, ${actionNewDates.createdAt}, null, null, ${actionNewDates.newDate},
          ${actionNewDates.source}::text, false, false, false
        from ${actionNewDates} where ${actionNewDates.actionId} = ${actions.id}) as e)`,
    // As `currentPeriods`: the latest open period; this month when the plan keeps none; null when all are closed.
    currentPeriod: sql<Month | null>`(
      select case when count(*) = 0 then ${thisMonth}
        else max(${reportingPeriods.month}) filter (where ${reportingPeriods.state} = 'open') end
      from ${reportingPeriods} where ${reportingPeriods.planId} = ${actions.planId})`,
  };
}

/** One event of an action's history as the detail's statement returns it: an update, or a new date (`source`). */
export type HistoryEntry = {
  period: Month;
  createdAt: string;
  status: Status | null;
  note: string | null;
  date: IsoDate | null;
  source: 'carried' | 'manager' | null;
  superseded: boolean;
  rejected: boolean;
  signedOff: boolean;
};

export type ActionDetailRow = {
  action: typeof actions.$inferSelect;
  outcomeRef: string;
  priorityId: string;
  priorityRef: string;
  groupLeadId: string | null;
  leads: PersonRef[];
  awaitingSignOff: boolean;
  carriedFrom: (CarriedActionRef & { start: Month }) | null;
  carriedTo: (CarriedActionRef & { start: Month }) | null;
  currentPeriod: Month | null;
  plan: { periodStart: Month; periodEnd: Month; state: PlanState };
  periods: { month: Month; state: 'open' | 'closed' }[];
  history: HistoryEntry[];
};

/** The history as positions read it: the same fold every reader uses. */
function folded(history: HistoryEntry[]) {
  const updates: PositionUpdate[] = [];
  const newDates: NewDateChange[] = [];
  for (const e of history) {
    const at = { period: e.period, createdAt: new Date(e.createdAt) };
    if (e.source) newDates.push({ actionId: '', ...at, date: e.date, source: e.source });
    else
      updates.push({
        actionId: '',
        ...at,
        status: e.status!,
        note: e.note,
        revisedDue: e.date,
        superseded: e.superseded,
        counts: updateCounts({ ...e, status: e.status! }),
      });
  }
  return positionIndex(updates, newDates);
}

export function toActionDetail(row: ActionDetailRow, today: Date): Action {
  const { action: a } = row;
  const month = planMonth(row.plan, row.periods, today);
  const position = positionAt(
    folded(row.history),
    {
      id: '',
      dueMonth: a.dueMonth,
      dueText: a.dueText,
      awaitingSignOff: row.awaitingSignOff,
      carriedFrom: carried(row.carriedFrom).carriedTo,
      ...carried(row.carriedTo),
    },
    { month, today, planEnd: row.plan.periodEnd },
  );
  return {
    ...toActionNode(a, row.leads, position),
    month,
    planId: a.planId,
    position: a.position,
    outcome: { id: a.outcomeId, ref: row.outcomeRef },
    priority: { id: row.priorityId, ref: row.priorityRef, deliveryGroupLeadId: row.groupLeadId },
    archivedAt: a.archivedAt?.toISOString() ?? null,
    currentPeriod: row.currentPeriod,
  };
}
