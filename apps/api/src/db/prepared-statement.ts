import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/** A statement of SQL built once, run by name with each call's own values. */
export interface PreparedStatement<Row> {
  /** Runs it on `db` (a database or a transaction), its placeholders filled from `values`. */
  execute(db: Db, values: Record<string, unknown>): Promise<Row[]>;
}

/**
 * A statement drizzle's query builders cannot express (a data-modifying CTE such as
 * `INSERT … SELECT … FROM claimed`), prepared under a name as drizzle's own `.prepare(name)` does
 * for a select: PostgreSQL parses and plans it once for each connection (decision 034), and
 * PGlite's statement cache once (db/pglite-statements.ts). `query` holds `sql.placeholder(…)`s
 * for what varies between runs, so its text is built here once.
 *
 * The one place the API reaches into drizzle's internals: `db._.session.prepareQuery` is how
 * drizzle's own builders prepare, and its arguments (the query, no fields so rows come back as
 * objects, the name, not in array mode) are its own. `prepared-statement.test.ts` pins them, so a
 * drizzle upgrade that changes them fails there by name.
 */
export function preparedStatement<Row>(name: string, query: SQL): PreparedStatement<Row> {
  const built = new PgDialect().sqlToQuery(query);
  // One prepared query for each database, and for each transaction (its session is its own).
  const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
  const prepare = (db: Db) =>
    db._.session.prepareQuery<{ execute: { rows: Row[] }; all: unknown; values: unknown }>(
      built,
      undefined,
      name,
      false,
    );
  return {
    async execute(db, values) {
      let query = prepared.get(db);
      if (!query) {
        query = prepare(db);
        prepared.set(db, query);
      }
      return (await query.execute(values)).rows;
    },
  };
}
