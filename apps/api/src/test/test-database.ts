import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { repoRoot, testDatabaseUrl } from '../config';
import { CHANGES_CHANNEL } from '../db/changes';
import { type Database, openPglite, openPostgres } from '../db/client';

declare module 'vitest' {
  interface ProvidedContext {
    /** A migrated, empty PGlite data folder for this run, or null on PostgreSQL. */
    pgliteTemplate: string | null;
  }
}

export const migrationsDir = join(repoRoot(), 'migrations');

/** A server URL with another database name in it. */
export function withDatabaseName(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A brand-new PostgreSQL database on the test server; dropped by `drop()`. */
export async function createPostgresDatabase(serverUrl: string, prefix = 'ragboard_test') {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabaseName(serverUrl, name),
    drop: () =>
      admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh in-memory PGlite: a copy of the run's migrated template, or made and migrated here. */
async function freshPglite(): Promise<Database> {
  // Imported here: the benchmarks use this file outside Vitest.
  const { inject } = await import('vitest');
  const template = inject('pgliteTemplate');
  if (template) return openPglite(null, { template: new Blob([readFileSync(template)]) });
  const database = await openPglite(null);
  await database.migrate(migrationsDir);
  return database;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped when closed). Never shared state.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) return freshPglite();
  const created = await createPostgresDatabase(serverUrl);
  const database = openPostgres(created.url);
  await database.migrate(migrationsDir);
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

/**
 * A fresh database that several server instances can open, each with its own connections as
 * separate processes would have (on PostgreSQL); PGlite, being in-process, is opened once and
 * shared. `close()` closes every instance and drops the database.
 */
export async function createSharedTestDatabase() {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    const database = await freshPglite();
    const shared: Database = { ...database, close: async () => {} };
    return { open: () => shared, close: () => database.close() };
  }
  const created = await createPostgresDatabase(serverUrl);
  const opened: Database[] = [];
  const first = openPostgres(created.url);
  await first.migrate(migrationsDir);
  opened.push(first);
  let firstTaken = false;
  return {
    /** Another instance's view of the database; closing it leaves the others open. */
    open(): Database {
      if (!firstTaken) {
        firstTaken = true;
        return { ...first, close: async () => {} };
      }
      const next = openPostgres(created.url);
      opened.push(next);
      return { ...next, close: async () => {} };
    },
    async close() {
      await Promise.all(opened.map((d) => d.close()));
      await created.drop();
    },
  };
}

/** Cuts every instance's LISTEN connection from the server's side, as a restart or network loss would. */
export async function cutChangeListeners(database: Database) {
  await database.db.execute(
    sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = ${`LISTEN ${CHANGES_CHANNEL}`} AND datname = current_database()`,
  );
}

/** Renames a plan as a commit whose NOTIFY never went out would (its writer killed in between). */
export async function renamePlanUnannounced(database: Database, planId: string, title: string) {
  await database.db.execute(sql`UPDATE plans SET title = ${title} WHERE id = ${planId}`);
}
