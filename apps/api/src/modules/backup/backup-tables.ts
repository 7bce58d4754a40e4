import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema';

/**
 * Never in a backup: sessions would let a stolen backup sign in, and a restore ends every
 * session anyway (everyone signs in again with the restored accounts); sign-in attempt counters
 * last fifteen minutes and belong to the instance's present, not to the data; API tokens, like
 * sessions, are credentials: after a restore the manager issues new ones; browsers trusted to skip
 * the code are credentials too (everyone gives a code once after a restore). The accounts' second
 * factors and recovery codes are kept, as their passwords are.
 */
const NOT_BACKED_UP: PgTable[] = [
  schema.sessions,
  schema.rateLimitCounters,
  schema.apiTokens,
  schema.trustedBrowsers,
];

export interface BackupTable {
  table: PgTable;
  name: string;
  columns: string[];
  /** The primary key's columns: rows are written in its order, so the same data gives the same file. */
  orderBy: string[];
}

function describe(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const keyed = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
  return {
    table,
    name: config.name,
    columns: config.columns.map((c) => c.name),
    orderBy: (keyed.length ? keyed : config.columns).map((c) => c.name),
  };
}

/** Tables ordered so that every table comes after the tables its foreign keys point at. */
function inForeignKeyOrder(tables: PgTable[]): PgTable[] {
  const ordered: PgTable[] = [];
  const visiting = new Set<PgTable>();
  const visit = (table: PgTable) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) {
      // A cycle (or a table pointing at itself) needs its rows ordered too: not supported yet.
      throw new Error(`Backups cannot order ${getTableConfig(table).name}: its foreign keys form a cycle`);
    }
    visiting.add(table);
    for (const key of getTableConfig(table).foreignKeys) {
      const target = key.reference().foreignTable;
      if (tables.includes(target)) visit(target);
    }
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** Every table of the drizzle schema but sessions, in the order a restore inserts them. */
export const BACKUP_TABLES: BackupTable[] = inForeignKeyOrder(
  (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)),
)
  .filter((table) => !NOT_BACKED_UP.includes(table))
  .map(describe);
