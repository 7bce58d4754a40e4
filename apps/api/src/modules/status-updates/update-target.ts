import { type Month, monthOf, type PlanState } from '@ragboard/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionLeads, actions, outcomes, plans, priorities, statusUpdates } from '../../db/schema';
import { type ActionDetailRow, actionDetailFields } from '../../read-model';
import type { PeriodState } from './period-rule';
import type { RightsFacts } from './update-rights';

export type UpdateTarget = ActionDetailRow &
  RightsFacts & {
    /** Every reporting period of the action's plan. */
    periods: PeriodState[];
    /** The month of the update that set the action's current status, if any. */
    currentUpdateMonth: Month | null;
    /** The plan signs a Blue off only with evidence attached: none is signed off as it is given. */
    signOffNeedsEvidence: boolean;
    /** A closed plan takes no updates. */
    planState: PlanState;
  };

/**
 * Everything a status update is checked against and replies with, in one statement: the action as
 * its page shows it, who may update it, its plan's state and periods and the month of its current
 * update.
 */
export async function loadUpdateTarget(
  db: Db,
  actionId: string,
  personId: string | null,
  today: Date,
): Promise<UpdateTarget | null> {
  const [row] = await targetQuery(db).execute({ actionId, personId, thisMonth: monthOf(today) });
  return row ?? null;
}

/**
 * Built once for each database (or transaction) and prepared: every update runs it, and PostgreSQL
 * then plans it once for each connection rather than for each update (tests/bench/findings.md).
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepareTargetQuery>>();
function targetQuery(db: Db) {
  let query = prepared.get(db);
  if (!query) {
    query = prepareTargetQuery(db);
    prepared.set(db, query);
  }
  return query;
}

function prepareTargetQuery(db: Db) {
  return db
    .select({
      ...actionDetailFields(sql.placeholder('thisMonth')),
      leadsAction: sql<boolean>`exists (select 1 from ${actionLeads}
        where ${actionLeads.actionId} = ${actions.id} and ${actionLeads.personId} = ${sql.placeholder('personId')})`,
      currentUpdateMonth: sql<Month | null>`(
        select ${statusUpdates.period} from ${statusUpdates} where ${statusUpdates.id} = ${actions.currentUpdateId})`,
      signOffNeedsEvidence: plans.signOffNeedsEvidence,
      planState: plans.state,
    })
    .from(actions)
    .innerJoin(plans, eq(plans.id, actions.planId))
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(eq(actions.id, sql.placeholder('actionId')))
    .prepare('status_update_target');
}
