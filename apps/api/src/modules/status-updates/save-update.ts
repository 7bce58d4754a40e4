import { and, eq, getTableColumns, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { actions, auditEntries, statusUpdates } from '../../db/schema';
import { type AuditRecord, auditRow } from '../audit/audit.repository';
import { blueAwaitingSignOff } from './status-updates.repository';

type UpdateRow = typeof statusUpdates.$inferSelect;

export interface UpdateWrite {
  /** The action as read, whose version the write claims. */
  action: { id: string; version: number };
  /** What the action's row takes besides its next version: its new current state, if any. */
  actionSet: Partial<typeof actions.$inferInsert>;
  update: UpdateRow;
  /** The earlier live updates of the update's month are superseded by it (not by a lead's Blue). */
  supersedesMonth: boolean;
  audit: AuditRecord & { planId: string };
}

/** `INSERT INTO table (…) SELECT …` of one row of `values`, made only when `claimed` has a row. */
function insertWhenClaimed<T extends PgTable>(table: T, values: Partial<T['$inferInsert']>): SQL {
  const columns = getTableColumns(table);
  const given = Object.entries(values).map(([key, value]) => [columns[key]!, value] as const);
  return sql`insert into ${table} (${sql.join(
    given.map(([column]) => sql.identifier(column.name)),
    sql`, `,
  )}) select ${sql.join(
    given.map(([column, value]) => sql`cast(${sql.param(value, column)} as ${sql.raw(column.getSQLType())})`),
    sql`, `,
  )} from claimed`;
}

/**
 * One status update's every write in one statement, so one round trip and atomic without a
 * transaction of its own: the action's next version claimed (of writers holding the same version,
 * exactly one gets it), and only if it was, the update inserted, the Blue it replaces and the
 * month's earlier updates superseded, and the audit entry. False when the version was gone.
 */
export async function saveUpdate(db: Db, write: UpdateWrite): Promise<boolean> {
  const { action, update } = write;
  const claim = db
    .update(actions)
    .set({ ...write.actionSet, version: sql`${actions.version} + 1`, updatedAt: update.createdAt })
    .where(and(eq(actions.id, action.id), eq(actions.version, action.version)))
    .returning({ id: actions.id });
  const superseded = db
    .update(statusUpdates)
    .set({ supersededById: update.id })
    .where(
      and(
        eq(statusUpdates.actionId, action.id),
        or(
          blueAwaitingSignOff,
          write.supersedesMonth
            ? and(eq(statusUpdates.period, update.period), isNull(statusUpdates.supersededById))
            : sql`false`,
        ),
        sql`exists (select 1 from claimed)`,
      ),
    );
  const result = (await db.execute(sql`
    with claimed as (${claim.getSQL()}),
      inserted as (${insertWhenClaimed(statusUpdates, update)}),
      superseded as (${superseded.getSQL()}),
      audited as (${insertWhenClaimed(auditEntries, auditRow(write.audit))})
    select count(*)::int as claimed from claimed`)) as unknown as { rows: { claimed: number }[] };
  return Number(result.rows[0]?.claimed) === 1;
}
