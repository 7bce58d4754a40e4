import type { Month, PlanState } from '@ragboard/shared';
import { and, desc, eq, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  actions,
  attachments,
  boardReports,
  bodyMeetings,
  challenges,
  findingJudgements,
  findings,
  glossaryTerms,
  kpis,
  outcomes,
  plans,
  priorities,
  reportingBodies,
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
  | 'term'
  | 'body'
  | 'meeting'
  | 'attachment';

type Owned = Exclude<PlanTarget, 'plan' | 'meeting' | 'attachment'>;

/** Targets whose own row carries their plan. */
const OWNED: Record<Owned, PgTable & { id: PgColumn; planId: PgColumn }> = {
  action: actions,
  outcome: outcomes,
  priority: priorities,
  kpi: kpis,
  finding: findings,
  challenge: challenges,
  report: boardReports,
  term: glossaryTerms,
  body: reportingBodies,
};

/** The plan of a target whose row does not carry it, as a subquery of one column. */
function planOfNested(db: Db, target: 'meeting' | 'attachment', id: string) {
  if (target === 'meeting')
    return db
      .select({ planId: reportingBodies.planId })
      .from(bodyMeetings)
      .innerJoin(reportingBodies, eq(reportingBodies.id, bodyMeetings.bodyId))
      .where(eq(bodyMeetings.id, id));
  // A file is on an action's status update or on a finding's judgement.
  return db
    .select({ planId: sql<string>`coalesce(${actions.planId}, ${findings.planId})`.as('plan_id') })
    .from(attachments)
    .leftJoin(statusUpdates, eq(statusUpdates.id, attachments.statusUpdateId))
    .leftJoin(actions, eq(actions.id, statusUpdates.actionId))
    .leftJoin(findingJudgements, eq(findingJudgements.id, attachments.findingJudgementId))
    .leftJoin(findings, eq(findings.id, findingJudgements.findingId))
    .where(eq(attachments.id, id));
}

export function planLifecycleRepository(db: Db) {
  return {
    /** The state of the plan a target belongs to, or null when there is no such target. */
    async stateOf(target: PlanTarget, id: string): Promise<PlanState | null> {
      let which: SQL;
      if (target === 'plan') which = eq(plans.id, id);
      else if (target === 'meeting' || target === 'attachment')
        which = inArray(plans.id, planOfNested(db, target, id));
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
