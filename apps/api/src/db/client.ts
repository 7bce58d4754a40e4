import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseKind } from '@ragboard/shared';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { ChangeFeed, listenForChanges, reportChanges } from './changes';
import { lockDataDir } from './data-dir-lock';
import { prepareDataDir } from './pglite-data-dir';
import { withStatementCache } from './pglite-statements';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction is a Db too: repositories take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** One small interface over the two drivers: the rest of the API never knows which it has. */
export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** SQL statements run so far, so tests can prove a read costs a fixed number of queries. */
  queryCount(): number;
  /** Writes as they commit, here and (on PostgreSQL) in every other instance: caches follow it. */
  changes: ChangeFeed;
  migrate(migrationsDir: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATION_LOCK = 7_204_415_221;

function counter() {
  let count = 0;
  return { logger: { logQuery: () => void count++ }, read: () => count };
}

export function openPostgres(url: string): Database {
  // A server out of reach fails a request in seconds (503) rather than holding it.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const queries = counter();
  const changes = new ChangeFeed(true);
  const db = reportChanges(drizzlePg(pool, { schema, logger: queries.logger }) as unknown as Db, changes);
  const stopListening = listenForChanges(
    () => new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 }),
    changes,
  );
  let closed = false;
  return {
    kind: 'postgres',
    db,
    queryCount: queries.read,
    changes,
    async migrate(migrationsDir) {
      const client = await pool.connect();
      try {
        // Instances starting together take turns, so each migration runs once.
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder: migrationsDir });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await stopListening();
      await pool.end();
    },
  };
}

/**
 * PGlite's own start parameters, with 16 MB of shared buffers instead of the 128 MB its initdb
 * writes into postgresql.conf: the buffers are resident in PGlite's WebAssembly memory from the
 * start (it grows past its initial 128 MB, the least the module accepts, to hold them), and a
 * partnership's database is a few MB. The memory still grows when a query needs it. Decision 020.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** A migrated, empty in-memory database dumped as a data folder, for `openPglite`'s template. */
export async function migratedPgliteDump(migrationsDir: string): Promise<Blob> {
  const client = await PGlite.create({ startParams: PGLITE_START_PARAMS });
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsDir });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/**
 * Embedded PostgreSQL in `dataDir`, or in memory when dataDir is null (tests), started from
 * `template` (a data folder PGlite dumped) when one is given. `signal` ends the making of a new
 * data folder (a server asked to stop during start-up).
 */
export async function openPglite(
  dataDir: string | null,
  { template, signal }: { template?: Blob; signal?: AbortSignal } = {},
): Promise<Database> {
  const lock = dataDir ? lockDataDir(dataDir) : null;
  const folder = dataDir ? join(dataDir, 'pglite') : undefined;
  let client: PGlite;
  try {
    if (folder) await prepareDataDir(folder, signal);
    client = await PGlite.create({
      dataDir: folder,
      startParams: PGLITE_START_PARAMS,
      loadDataDir: template,
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const queries = counter();
  // One process holds the data folder (the lock above), so its own commits are all the writes.
  const changes = new ChangeFeed(false);
  const db = reportChanges(
    drizzlePglite(withStatementCache(client), { schema, logger: queries.logger }) as unknown as Db,
    changes,
  );
  return {
    kind: 'pglite',
    db,
    queryCount: queries.read,
    changes,
    async migrate(migrationsDir) {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: migrationsDir });
    },
    async ping() {
      if (client.closed) throw new Error('The embedded database is closed');
      await client.query('SELECT 1');
    },
    async close() {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

export async function openDatabase(config: DatabaseConfig, signal?: AbortSignal): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir, { signal });
}
