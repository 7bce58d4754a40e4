import {
  type Action,
  type Month,
  monthOf,
  revisedDueAfter,
  type Status,
  type StatusUpdate,
} from '@ragboard/shared';
import {
  aliasedTable,
  and,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  ne,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { preparedStatement } from '../../db/prepared-statement';
import {
  actionLeads,
  actions,
  attachments,
  auditEntries,
  notifications,
  outcomes,
  plans,
  priorities,
  reportingPeriods,
  type SignOffBefore,
  statusUpdates,
  users,
} from '../../db/schema';
import { auditRow } from '../../journal';
import { actionDetailFields, blueAwaitingSignOff, toActionDetail } from '../../read-model';
import { type ActionWrite, type AwaitingBlue, toStatusUpdate, type UpdateTarget } from './update-checks';

type UpdateRow = typeof statusUpdates.$inferSelect;

const author = aliasedTable(users, 'author');
const signer = aliasedTable(users, 'signer');
const rejecter = aliasedTable(users, 'rejecter');

/**
 * Every statement of the monthly round. A status update, a sign-off and a refusal each cost two:
 * the target's read (`target`) and the write (`write`), both prepared once (decisions 033, 034
 * and 046). Rows are only ever added to or marked, never rewritten.
 */
export function statusUpdatesRepository(db: Db) {
  return {
    /**
     * Everything a status update, a sign-off or a refusal is checked against and replies with, in
     * one statement: the action as its page shows it, who may change it, its plan's state and
     * periods, the month of its current update, and the Blue awaiting sign-off with whether it
     * has evidence. Null when there is no such action.
     */
    async target(actionId: string, personId: string | null, today: Date): Promise<UpdateTarget | null> {
      const [row] = await targetQuery(db).execute({ actionId, personId, thisMonth: monthOf(today) });
      return row ?? null;
    },

    /** The action as its page shows it, read by the target's statement; null when there is none. */
    async detail(actionId: string, today: Date): Promise<Action | null> {
      const [row] = await targetQuery(db).execute({ actionId, personId: null, thisMonth: monthOf(today) });
      return row ? toActionDetail(row, today) : null;
    },

    /**
     * A checked change's every write in one statement, so one round trip and atomic without a
     * transaction of its own: the action's next version claimed (of writers holding the same
     * version, exactly one gets it), and only if it was, its new current state, the new update,
     * the marks on the update signed off or refused, the updates superseded and the audit entry.
     * False when the version was gone and nothing was written.
     */
    async write(change: ActionWrite): Promise<boolean> {
      const { action, current, insert, mark, supersede } = change;
      const values: Record<string, unknown> = {
        actionId: action.id,
        version: action.version,
        at: change.at,
        becomesCurrent: current !== null,
        status: current?.status ?? null,
        revisedDue: current?.revisedDue ?? null,
        currentUpdateId: current?.currentUpdateId ?? null,
        inserts: insert !== null,
        'm.id': mark?.id ?? null,
        's.by': supersede.by,
        's.awaitingBlue': supersede.awaitingBlue,
        's.month': supersede.month,
      };
      for (const key of MARK_KEYS) values[`m.${key}`] = mark?.[key] ?? null;
      for (const key of UPDATE_KEYS) values[`u.${key}`] = insert?.[key as keyof UpdateRow] ?? null;
      const audit = auditRow(change.audit);
      for (const key of AUDIT_KEYS) values[`a.${key}`] = audit[key as keyof typeof audit];
      const told = notificationOf(change);
      values['n.kind'] = told?.kind ?? null;
      values['n.payload'] = JSON.stringify(told?.payload ?? {});
      values['n.actorUser'] = audit.actorId;
      values['n.actorPerson'] = audit.actorPersonId;
      const [row] = await writeStatement.execute(db, values);
      return Number(row?.claimed) === 1;
    },

    /** What an author's rights to an action turn on: who leads its delivery group, and whether they lead it. */
    async rightsFacts(actionId: string, personId: string) {
      const [row] = await db
        .select({ groupLeadId: priorities.deliveryGroupLeadId, leads: actionLeads.personId })
        .from(actions)
        .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
        .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
        .leftJoin(actionLeads, and(eq(actionLeads.actionId, actions.id), eq(actionLeads.personId, personId)))
        .where(eq(actions.id, actionId));
      return { groupLeadId: row?.groupLeadId ?? null, leadsAction: Boolean(row?.leads) };
    },

    /** Newest first, with the names of who wrote, signed off or refused each one. */
    async history(actionId: string): Promise<StatusUpdate[]> {
      const rows = await db
        .select({
          update: statusUpdates,
          authorName: author.displayName,
          signerName: signer.displayName,
          rejecterName: rejecter.displayName,
        })
        .from(statusUpdates)
        .leftJoin(author, eq(author.id, statusUpdates.authorId))
        .leftJoin(signer, eq(signer.id, statusUpdates.signedOffById))
        .leftJoin(rejecter, eq(rejecter.id, statusUpdates.rejectedById))
        .where(eq(statusUpdates.actionId, actionId))
        .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.period));
      return rows.map(({ update: u, authorName, signerName, rejecterName }) =>
        toStatusUpdate(u, authorName, signerName, rejecterName),
      );
    },

    /** The action's current update when it is a Blue signed off by the queue (one that can be undone). */
    async undoableSignOff(actionId: string) {
      const [row] = await db
        .select({
          id: statusUpdates.id,
          period: statusUpdates.period,
          signOffNote: statusUpdates.signOffNote,
          signOffBefore: statusUpdates.signOffBefore,
        })
        .from(statusUpdates)
        .innerJoin(actions, eq(actions.currentUpdateId, statusUpdates.id))
        .where(and(eq(actions.id, actionId), isNotNull(statusUpdates.signOffBefore)));
      return row?.signOffBefore ? { ...row, signOffBefore: row.signOffBefore } : null;
    },

    /**
     * Takes a sign-off back (decision 052): the action's state as the sign-off found it, claiming
     * its next version; the Blue's marks cleared, so it awaits sign-off again; and the month's
     * updates the sign-off replaced live again (those it replaced as a Blue awaiting sign-off, when
     * it was given, stay replaced). False when the version was gone and nothing was written.
     */
    async undoSignOff(
      actionId: string,
      version: number,
      blue: { id: string; period: Month; signOffBefore: SignOffBefore },
      at: Date,
    ): Promise<boolean> {
      const { status, revisedDue, currentUpdateId } = blue.signOffBefore;
      const claimed = await db
        .update(actions)
        .set({ status, revisedDue, currentUpdateId, version: version + 1, updatedAt: at })
        .where(and(eq(actions.id, actionId), eq(actions.version, version)))
        .returning({ id: actions.id });
      if (claimed.length === 0) return false;
      await db
        .update(statusUpdates)
        .set({ signedOffById: null, signedOffAt: null, signOffNote: null, signOffBefore: null })
        .where(eq(statusUpdates.id, blue.id));
      await db
        .update(statusUpdates)
        .set({ supersededById: null })
        .where(
          and(
            eq(statusUpdates.actionId, actionId),
            eq(statusUpdates.supersededById, blue.id),
            eq(statusUpdates.period, blue.period),
            not(
              and(
                eq(statusUpdates.status, 'Blue'),
                isNull(statusUpdates.signedOffAt),
                isNull(statusUpdates.rejectedAt),
              )!,
            ),
          ),
        );
      return true;
    },

    async actionExists(actionId: string): Promise<boolean> {
      const [row] = await db.select({ id: actions.id }).from(actions).where(eq(actions.id, actionId));
      return row !== undefined;
    },

    /** An update written other than by the round (an import's history). */
    async insert(values: typeof statusUpdates.$inferInsert): Promise<UpdateRow> {
      const [row] = await db.insert(statusUpdates).values(values).returning();
      return row!;
    },

    /**
     * Makes `update` the action's current state: its status, the new completion date that
     * carries over (`revisedDueAfter`) and the update itself. An import and the demo set it so;
     * the round's write sets the same columns the same way (decision 004).
     */
    async setCurrent(
      actionId: string,
      update: { id: string; status: Status; revisedDue: string | null },
      revisedDueBefore: string | null,
    ) {
      await db
        .update(actions)
        .set({
          status: update.status,
          revisedDue: revisedDueAfter(update, revisedDueBefore),
          currentUpdateId: update.id,
        })
        .where(eq(actions.id, actionId));
    },

    /** A plan's title, a period's deadline, and which of its priorities' delivery groups a person leads. */
    async sheetFacts(planId: string, period: Month, groupLeadId: string | null) {
      const [plan] = await db
        .select({ id: plans.id, title: plans.title })
        .from(plans)
        .where(eq(plans.id, planId));
      const [row] = await db
        .select({ deadline: reportingPeriods.deadline })
        .from(reportingPeriods)
        .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.month, period)));
      const groups = groupLeadId
        ? await db
            .select({ id: priorities.id })
            .from(priorities)
            .where(and(eq(priorities.planId, planId), eq(priorities.deliveryGroupLeadId, groupLeadId)))
        : [];
      return { plan, deadline: row?.deadline ?? null, groups: new Set(groups.map((p) => p.id)) };
    },

    async actionRows(ids: string[]) {
      return ids.length ? await db.select().from(actions).where(inArray(actions.id, ids)) : [];
    },
  };
}

/**
 * Built once for each database (or transaction) and prepared: every update runs it, and PostgreSQL
 * then plans it once for each connection rather than for each update (tests/bench/findings.md).
 */
const preparedTargets = new WeakMap<Db, ReturnType<typeof prepareTargetQuery>>();
function targetQuery(db: Db) {
  let query = preparedTargets.get(db);
  if (!query) {
    query = prepareTargetQuery(db);
    preparedTargets.set(db, query);
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
      // Found among the action's Blues (status_updates_blue_idx): there is never more than one.
      awaiting: sql<AwaitingBlue | null>`(
        select json_build_object('id', ${statusUpdates.id}, 'period', ${statusUpdates.period},
          'note', ${statusUpdates.note}, 'revisedDue', ${statusUpdates.revisedDue},
          'hasEvidence', exists (select 1 from ${attachments}
            where ${attachments.statusUpdateId} = ${statusUpdates.id}
              and ${attachments.completedAt} is not null and ${attachments.removedAt} is null))
        from ${statusUpdates}
        where ${statusUpdates.actionId} = ${actions.id} and ${blueAwaitingSignOff}
        order by ${statusUpdates.createdAt} desc limit 1)`,
    })
    .from(actions)
    .innerJoin(plans, eq(plans.id, actions.planId))
    .innerJoin(outcomes, eq(outcomes.id, actions.outcomeId))
    .innerJoin(priorities, eq(priorities.id, outcomes.priorityId))
    .where(eq(actions.id, sql.placeholder('actionId')))
    .prepare('status_update_target');
}

/**
 * A placeholder for a column's value, mapped as the column maps it (a null stays null: a
 * placeholder's value goes to the column's mapping as it is) and cast to the column's type.
 */
function param(name: string, column: PgColumn) {
  const encoder = {
    mapToDriverValue: (value: unknown) => (value == null ? null : column.mapToDriverValue(value)),
  };
  return sql`cast(${sql.param(sql.placeholder(name), encoder)} as ${sql.raw(column.getSQLType())})`;
}

/** `INSERT INTO table (…) SELECT $…, … FROM claimed` of the named columns, each a placeholder. */
function insertWhenClaimed<T extends PgTable>(table: T, prefix: string, keys: string[]): SQL {
  const columns = getTableColumns(table);
  return sql`insert into ${table} (${sql.join(
    keys.map((key) => sql.identifier(columns[key]!.name)),
    sql`, `,
  )}) select ${sql.join(
    keys.map((key) => param(`${prefix}${key}`, columns[key]!)),
    sql`, `,
  )} from claimed`;
}

const UPDATE_KEYS = Object.keys(getTableColumns(statusUpdates));
const AUDIT_KEYS = Object.keys(auditRow({ actorId: null, entityType: '', entityId: '', operation: '' }));
const MARK_KEYS = [
  'signedOffById',
  'signedOffAt',
  'signOffNote',
  'rejectedById',
  'rejectedAt',
  'rejectionReason',
  'signOffBefore',
] as const;

/**
 * The write of a status update, a sign-off and a refusal alike, as one SQL text: what differs
 * between them (whether the action takes a new current state, whether a row is inserted or one is
 * marked, what is superseded) is a parameter, so the text is built once and prepared. A mark only
 * ever fills a column (`coalesce`): a sign-off or a refusal is never taken back.
 */
/**
 * Whom a change tells (decision 050): a Blue left awaiting sign-off, whoever may sign it off; a
 * refused sign-off, the action's leads, with the reason. Written by the same statement.
 */
function notificationOf(change: ActionWrite) {
  if (change.insert?.status === 'Blue' && !change.insert.signedOffAt)
    return { kind: 'sign-off-awaited', payload: { note: change.insert.note } } as const;
  if (change.mark?.rejectionReason)
    return { kind: 'sign-off-refused', payload: { reason: change.mark.rejectionReason } } as const;
  return null;
}

/**
 * The notifications of a claimed change, one per person told but the actor (decision 050): for a
 * Blue awaiting sign-off, the active managers (as the person their account is linked to, if any)
 * and the delivery group's lead; for a refusal, the action's leads.
 */
const toldStatement = (() => {
  const kind = sql`${sql.placeholder('n.kind')}::text`;
  const actorUser = sql`${sql.placeholder('n.actorUser')}::uuid`;
  const actorPerson = sql`coalesce(${sql.placeholder('n.actorPerson')}::uuid, (select ${users.personId} from ${users} where ${users.id} = ${actorUser}))`;
  const recipients = sql`
      select ${users.personId} as person_id, case when ${users.personId} is null then ${users.id} end as user_id
        from ${users} where ${kind} = 'sign-off-awaited' and ${users.role} = 'manager' and ${users.active}
      union
      select ${priorities.deliveryGroupLeadId}, null from ${outcomes}
        join ${priorities} on ${priorities.id} = ${outcomes.priorityId}
        where ${kind} = 'sign-off-awaited' and ${outcomes.id} = a.outcome_id and ${priorities.deliveryGroupLeadId} is not null
      union
      select ${actionLeads.personId}, null from ${actionLeads}
        where ${kind} = 'sign-off-refused' and ${actionLeads.actionId} = a.id`;
  return sql`insert into ${notifications} (person_id, user_id, kind, plan_id, action_id, payload, created_at)
    select r.person_id, r.user_id, ${kind}, a.plan_id, a.id,
      jsonb_build_object('ref', a.ref, 'title', split_part(a.title, E'\n', 1)) || ${sql.placeholder('n.payload')}::jsonb,
      ${param('at', actions.updatedAt)}
    from ${actions} a cross join lateral (${recipients}) r
    where a.id = ${param('actionId', actions.id)} and exists (select 1 from claimed)
      and r.person_id is distinct from ${actorPerson}
      and (r.user_id is null or r.user_id is distinct from ${actorUser})`;
})();

const writeStatement = (() => {
  const becomesCurrent = sql`${sql.placeholder('becomesCurrent')}::boolean`;
  const unlessCurrent = (column: PgColumn, value: SQL) =>
    sql`case when ${becomesCurrent} then ${value} else ${column} end`;
  const claimedOne = sql`exists (select 1 from claimed)`;
  const claim = sql`update ${actions} set
      ${sql.identifier(actions.status.name)} = ${unlessCurrent(actions.status, param('status', actions.status))},
      ${sql.identifier(actions.revisedDue.name)} = ${unlessCurrent(actions.revisedDue, param('revisedDue', actions.revisedDue))},
      ${sql.identifier(actions.currentUpdateId.name)} = ${unlessCurrent(actions.currentUpdateId, param('currentUpdateId', actions.currentUpdateId))},
      ${sql.identifier(actions.version.name)} = ${actions.version} + 1,
      ${sql.identifier(actions.updatedAt.name)} = ${param('at', actions.updatedAt)}
    where ${actions.id} = ${param('actionId', actions.id)} and ${actions.version} = ${param('version', actions.version)}
    returning ${actions.id}`;
  const marked = sql`update ${statusUpdates} set ${sql.join(
    MARK_KEYS.map(
      (key) =>
        sql`${sql.identifier(statusUpdates[key].name)} = coalesce(${param(`m.${key}`, statusUpdates[key])}, ${statusUpdates[key]})`,
    ),
    sql`, `,
  )}
    where ${statusUpdates.id} = ${param('m.id', statusUpdates.id)} and ${claimedOne}`;
  const superseded = sql`update ${statusUpdates}
    set ${sql.identifier(statusUpdates.supersededById.name)} = ${param('s.by', statusUpdates.id)}
    where ${and(
      eq(statusUpdates.actionId, param('actionId', actions.id)),
      isNull(statusUpdates.supersededById),
      ne(statusUpdates.id, param('s.by', statusUpdates.id)),
      or(
        and(sql`${sql.placeholder('s.awaitingBlue')}::boolean`, blueAwaitingSignOff),
        eq(statusUpdates.period, param('s.month', statusUpdates.period)),
      ),
      claimedOne,
    )}`;
  return preparedStatement<{ claimed: number }>(
    'status_update_write',
    sql`
    with claimed as (${claim}),
      inserted as (${insertWhenClaimed(statusUpdates, 'u.', UPDATE_KEYS)} where ${sql.placeholder('inserts')}::boolean),
      marked as (${marked}),
      superseded as (${superseded}),
      audited as (${insertWhenClaimed(auditEntries, 'a.', AUDIT_KEYS)}),
      told as (${toldStatement})
    select count(*)::int as claimed from claimed`,
  );
})();
