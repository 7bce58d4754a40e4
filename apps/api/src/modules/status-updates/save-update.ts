import { and, eq, getTableColumns, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type PgColumn, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { actions, auditEntries, statusUpdates } from '../../db/schema';
import { type AuditRecord, auditRow } from '../../journal';
import { blueAwaitingSignOff } from '../../read-model';

type UpdateRow = typeof statusUpdates.$inferSelect;

export interface UpdateWrite {
  /** The action as read, whose version the write claims. */
  action: { id: string; version: number };
  /** The action's new current state, when the update takes effect and is its latest month. */
  current: { status: UpdateRow['status']; revisedDue: string | null; currentUpdateId: string } | null;
  update: UpdateRow;
  /** The earlier live updates of the update's month are superseded by it (not by a lead's Blue). */
  supersedesMonth: boolean;
  audit: AuditRecord & { planId: string };
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

/**
 * The whole write as one SQL text, whatever the update: what varies (whether it becomes the
 * action's current state, whether it supersedes its month) is a parameter, so the text is built
 * once and prepared. PostgreSQL then parses and plans it once for each connection, PGlite once.
 */
const statement = (() => {
  const becomesCurrent = sql`${sql.placeholder('becomesCurrent')}::boolean`;
  const unlessCurrent = (column: PgColumn, value: SQL) =>
    sql`case when ${becomesCurrent} then ${value} else ${column} end`;
  const claim = sql`update ${actions} set
      ${sql.identifier(actions.status.name)} = ${unlessCurrent(actions.status, param('status', actions.status))},
      ${sql.identifier(actions.revisedDue.name)} = ${unlessCurrent(actions.revisedDue, param('revisedDue', actions.revisedDue))},
      ${sql.identifier(actions.currentUpdateId.name)} = ${unlessCurrent(actions.currentUpdateId, param('currentUpdateId', actions.currentUpdateId))},
      ${sql.identifier(actions.version.name)} = ${actions.version} + 1,
      ${sql.identifier(actions.updatedAt.name)} = ${param('at', actions.updatedAt)}
    where ${actions.id} = ${param('actionId', actions.id)} and ${actions.version} = ${param('version', actions.version)}
    returning ${actions.id}`;
  const superseded = sql`update ${statusUpdates}
    set ${sql.identifier(statusUpdates.supersededById.name)} = ${param('u.id', statusUpdates.id)}
    where ${and(
      eq(statusUpdates.actionId, param('actionId', actions.id)),
      or(
        blueAwaitingSignOff,
        and(
          sql`${sql.placeholder('supersedesMonth')}::boolean`,
          eq(statusUpdates.period, param('u.period', statusUpdates.period)),
          isNull(statusUpdates.supersededById),
        ),
      ),
      sql`exists (select 1 from claimed)`,
    )}`;
  return new PgDialect().sqlToQuery(sql`
    with claimed as (${claim}),
      inserted as (${insertWhenClaimed(statusUpdates, 'u.', UPDATE_KEYS)}),
      superseded as (${superseded}),
      audited as (${insertWhenClaimed(auditEntries, 'a.', AUDIT_KEYS)})
    select count(*)::int as claimed from claimed`);
})();

/** Prepared once for each database (or transaction), under one name. */
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return db._.session.prepareQuery<{
    execute: { rows: { claimed: number }[] };
    all: unknown;
    values: unknown;
  }>(statement, undefined, 'status_update_write', false);
}

/**
 * One status update's every write in one statement, so one round trip and atomic without a
 * transaction of its own: the action's next version claimed (of writers holding the same version,
 * exactly one gets it), and only if it was, the update inserted, the Blue it replaces and the
 * month's earlier updates superseded, and the audit entry. False when the version was gone.
 */
export async function saveUpdate(db: Db, write: UpdateWrite): Promise<boolean> {
  let query = prepared.get(db);
  if (!query) {
    query = prepare(db);
    prepared.set(db, query);
  }
  const { action, update, current } = write;
  const values: Record<string, unknown> = {
    actionId: action.id,
    version: action.version,
    at: update.createdAt,
    becomesCurrent: current !== null,
    status: current?.status ?? null,
    revisedDue: current?.revisedDue ?? null,
    currentUpdateId: current?.currentUpdateId ?? null,
    supersedesMonth: write.supersedesMonth,
  };
  for (const key of UPDATE_KEYS) values[`u.${key}`] = update[key as keyof UpdateRow];
  const audit = auditRow(write.audit);
  for (const key of AUDIT_KEYS) values[`a.${key}`] = audit[key as keyof typeof audit];
  const result = await query.execute(values);
  return Number(result.rows[0]?.claimed) === 1;
}
