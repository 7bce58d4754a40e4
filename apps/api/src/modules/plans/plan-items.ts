import { and, asc, eq, getTableName, isNull, max, ne, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { actions, findings, outcomes, priorities } from '../../db/schema';
import { unlessUniqueViolation } from '../../db/unique-violation';
import { ConflictError } from '../../plugins/errors';

/** Refusal to delete an item with status updates in it: what was said is never lost. */
export const HAS_HISTORY = 'This has history: archive it instead';

/** Priorities, outcomes and actions: numbered by ref, ordered by position, archived not deleted. */
export type PlanItemTable = typeof priorities | typeof outcomes | typeof actions;

const KIND: Record<string, string> = { priorities: 'priority', outcomes: 'outcome', actions: 'action' };
const kindOf = (table: PlanItemTable) => KIND[getTableName(table)] ?? 'item';

function refClash(table: PlanItemTable, ref: string) {
  return new ConflictError(`Another ${kindOf(table)} of this plan is numbered ${ref}`);
}

/** Refs are unique per plan among live items of a kind: checked first for a clear 409. */
export async function assertRefFree(
  db: Db,
  table: PlanItemTable,
  planId: string,
  ref: string,
  exceptId?: string,
) {
  const [taken] = await db
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.planId, planId),
        eq(table.ref, ref),
        isNull(table.archivedAt),
        exceptId ? ne(table.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw refClash(table, ref);
}

/** The same rule when the database catches a writer that raced past the check. */
export function refSafe<T>(table: PlanItemTable, ref: string | undefined, work: Promise<T>) {
  return unlessUniqueViolation(work, () => refClash(table, ref ?? ''));
}

/** New items go last among their siblings. */
export async function nextPosition(db: Db, table: PlanItemTable, parent: PgColumn, parentId: string) {
  const [row] = await db
    .select({ last: max(table.position) })
    .from(table)
    .where(eq(parent, parentId));
  return (row?.last ?? 0) + 1;
}

/** Live siblings under a parent, in order. */
export async function siblingIds(db: Db, table: PlanItemTable, parent: PgColumn, parentId: string) {
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(parent, parentId), isNull(table.archivedAt)))
    .orderBy(asc(table.position), asc(table.ref));
  return rows.map((r) => r.id);
}

/** Puts `id` at `position` (from 1, clamped) among `ids` and numbers them all 1..n. */
export async function placeAt(
  db: Db,
  table: PlanItemTable | typeof findings,
  ids: string[],
  id: string,
  position: number,
) {
  const order = ids.filter((other) => other !== id);
  order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, id);
  const values = sql.join(
    order.map((itemId, index) => sql`(${itemId}::uuid, ${index + 1}::int)`),
    sql`, `,
  );
  await db.execute(
    sql`update ${table} set position = v.position from (values ${values}) as v(id, position) where ${table.id} = v.id`,
  );
}

/** The ref and position queries above, bound to a kind of plan item whose siblings share `parent`. */
export function planItemQueries(db: Db, table: PlanItemTable, parent: PgColumn) {
  return {
    /** Refs are unique per plan among live items of the kind: checked first for a clear 409. */
    assertRefFree: (planId: string, ref: string, exceptId?: string) =>
      assertRefFree(db, table, planId, ref, exceptId),

    /** New items go last among their siblings. */
    nextPosition: (parentId: string) => nextPosition(db, table, parent, parentId),

    /** Puts `id` at `position` (from 1, clamped) among its live siblings, numbering them all. */
    async placeAt(parentId: string, id: string, position: number) {
      await placeAt(db, table, await siblingIds(db, table, parent, parentId), id, position);
    },
  };
}

/** Where a plan item sits: its plan, and whether it is archived. Null when there is no such item. */
export async function itemPlace(
  db: Db,
  table: PlanItemTable,
  id: string,
): Promise<{ planId: string; archivedAt: Date | null } | null> {
  const [row] = await db
    .select({ planId: table.planId, archivedAt: table.archivedAt })
    .from(table as typeof priorities)
    .where(eq(table.id, id));
  return row ?? null;
}

export interface RefChange {
  id: string;
  from: string;
  to: string;
}

/**
 * Gives items new refs in two steps, so refs may swap (1.1 ↔ 1.2) without tripping the unique
 * index, which PostgreSQL checks row by row.
 */
export async function rewriteRefs(db: Db, table: PlanItemTable, changes: RefChange[], now: Date) {
  if (changes.length === 0) return;
  const ids = sql.join(
    changes.map((c) => sql`${c.id}::uuid`),
    sql`, `,
  );
  await db.execute(sql`update ${table} set ref = '~' || id::text where ${table.id} in (${ids})`);
  const values = sql.join(
    changes.map((c) => sql`(${c.id}::uuid, ${c.to})`),
    sql`, `,
  );
  await db.execute(
    sql`update ${table} set ref = v.ref, version = version + 1, updated_at = ${now.toISOString()}::timestamptz
        from (values ${values}) as v(id, ref) where ${table.id} = v.id`,
  );
}
