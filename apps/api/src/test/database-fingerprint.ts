// A fingerprint of everything the API keeps, cheap enough to take after every write: per table,
// its row count and the sum of each row's xmin (the transaction that wrote that version of it), in
// one statement. Any committed insert, update or delete changes it, even one writing the same
// values; a rolled-back one does not. It reads no column, so large values cost nothing.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/** Touched by reads and sign-ins, not by writes to the data: left out. */
const VOLATILE = new Set(['sessions', 'rate_limit_counters']);

export type Fingerprint = Record<string, string>;

export async function fingerprinter(db: Db): Promise<() => Promise<Fingerprint>> {
  const { rows } = (await db.execute(
    sql`SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  const tables = rows.map((r) => r.table_name).filter((t) => !VOLATILE.has(t));
  const query: SQL = sql.join(
    tables.map(
      (t) =>
        sql`SELECT ${t} AS t, count(*)::text || ':' || coalesce(sum(x.xmin::text::bigint), 0)::text AS f FROM ${sql.identifier(t)} x`,
    ),
    sql` UNION ALL `,
  );
  return async () => {
    const result = (await db.execute(query)) as unknown as { rows: { t: string; f: string }[] };
    return Object.fromEntries(result.rows.map((r) => [r.t, r.f]));
  };
}
