import type { Month, PlanState } from '@ragboard/shared';
import { and, desc, eq, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  actions,
  boardReports,
  challenges,
  findings,
  glossaryTerms,
  kpis,
  outcomes,
  plans,
  priorities,
  statusUpdates,
  users,
} from '../../db/schema';

/** What a route's parameter names, and the table whose row carries its plan. */
export type PlanTarget =
  | 'plan'
  | 'action'
  | 'outcome'
  | 'priority'
  | 'kpi'
  | 'finding'
  | 'challenge'
  | 'report'
  | 'term';

const OWNED: Record<Exclude<PlanTarget, 'plan'>, PgTable & { id: PgColumn; planId: PgColumn }> = {
  action: actions,
  outcome: outcomes,
  priority: priorities,
  kpi: kpis,
  finding: findings,
  challenge: challenges,
  report: boardReports,
  term: glossaryTerms,
};

export function planLifecycleRepository(db: Db) {
  return {
    /** The state of the plan a target belongs to, or null when there is no such target. */
    async stateOf(target: PlanTarget, id: string): Promise<PlanState | null> {
      let which: SQL;
      if (target === 'plan') which = eq(plans.id, id);
      else {
        const table = OWNED[target];
        which = inArray(plans.id, db.select({ planId: table.planId }).from(table).where(eq(table.id, id)));
      }
      const [row] = await db.select({ state: plans.state }).from(plans).where(which);
      return row?.state ?? null;
    },

    /** Each action's sign-off of the Blue in force at the period: who (when known) and when. */
    async signOffsAt(planId: string, period: Month) {
      const rows = await db
        .selectDistinctOn([statusUpdates.actionId], {
          actionId: statusUpdates.actionId,
          at: statusUpdates.signedOffAt,
          by: users.displayName,
        })
        .from(statusUpdates)
        .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
        .leftJoin(users, eq(users.id, statusUpdates.signedOffById))
        .where(
          and(
            eq(actions.planId, planId),
            eq(statusUpdates.status, 'Blue'),
            isNotNull(statusUpdates.signedOffAt),
            isNull(statusUpdates.supersededById),
            lte(statusUpdates.period, period),
          ),
        )
        .orderBy(statusUpdates.actionId, desc(statusUpdates.period), desc(statusUpdates.signedOffAt));
      return new Map(rows.map((r) => [r.actionId, { by: r.by, on: r.at!.toISOString().slice(0, 10) }]));
    },
  };
}
