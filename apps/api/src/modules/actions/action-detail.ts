import type { Action, CarriedActionRef, Month, PersonRef } from '@ragboard/shared';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  actionLeads,
  actions,
  organisations,
  outcomes,
  people,
  plans,
  priorities,
  reportingPeriods,
  statusUpdates,
} from '../../db/schema';
import { blueAwaitingSignOff } from '../status-updates/status-updates.repository';
import { toActionNode } from './action-node';

/**
 * Another action linked to this one by carrying forward, as a `CarriedActionRef` in JSON: `name`
 * is its alias, `linked` the condition joining it to `actions`.
 */
function carriedRef(name: string, linked: (other: ReturnType<typeof alias<typeof actions, string>>) => SQL) {
  const other = alias(actions, name);
  const plan = alias(plans, `${name}_plan`);
  return sql<CarriedActionRef | null>`(
      select json_build_object('planId', ${plan.id}, 'planTitle', ${plan.title},
        'actionId', ${other.id}, 'ref', ${other.ref})
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
    // As `currentPeriods`: the latest open period; this month when the plan keeps none; null when all are closed.
    currentPeriod: sql<Month | null>`(
      select case when count(*) = 0 then ${thisMonth}
        else max(${reportingPeriods.month}) filter (where ${reportingPeriods.state} = 'open') end
      from ${reportingPeriods} where ${reportingPeriods.planId} = ${actions.planId})`,
  };
}

export type ActionDetailRow = {
  action: typeof actions.$inferSelect;
  outcomeRef: string;
  priorityId: string;
  priorityRef: string;
  groupLeadId: string | null;
  leads: PersonRef[];
  awaitingSignOff: boolean;
  carriedFrom: CarriedActionRef | null;
  carriedTo: CarriedActionRef | null;
  currentPeriod: Month | null;
};

export function toActionDetail(row: ActionDetailRow, today: Date): Action {
  const { action: a } = row;
  return {
    ...toActionNode(a, row.leads, row.awaitingSignOff, row.carriedFrom, today),
    carriedTo: row.carriedTo,
    planId: a.planId,
    position: a.position,
    outcome: { id: a.outcomeId, ref: row.outcomeRef },
    priority: { id: row.priorityId, ref: row.priorityRef, deliveryGroupLeadId: row.groupLeadId },
    archivedAt: a.archivedAt?.toISOString() ?? null,
    currentPeriod: row.currentPeriod,
  };
}
