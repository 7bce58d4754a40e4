import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '@ragboard/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { BACKUP_TABLES } from './backup-tables';

/** Rows fetched at a time: memory stays flat whatever the size of the database. */
const BATCH = 1000;

export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Which migrations the database has run: a backup restores only into the same schema. */
export async function migrationLevel(db: Db): Promise<BackupFile['migration']> {
  const [row] = await rowsOf<{ applied: number; latest_hash: string | null }>(
    db,
    sql`select count(*)::int as applied,
          (select hash from drizzle.__drizzle_migrations order by id desc limit 1) as latest_hash
        from drizzle.__drizzle_migrations`,
  );
  return { applied: row?.applied ?? 0, latestHash: row?.latest_hash ?? '' };
}

/**
 * Writes the whole database as one JSON document, a row a line, each table in primary-key order
 * and in the order a restore inserts them. Rows are PostgreSQL's own JSON for them (row_to_json,
 * in UTC), so nothing is rounded on the way. One read-only snapshot: a write made meanwhile is
 * wholly in or wholly out.
 */
export async function writeBackup(db: Db, write: (chunk: string) => Promise<void>, now: Date) {
  await db.transaction(
    async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      const header = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        migration: await migrationLevel(tx),
        createdAt: now.toISOString(),
      };
      await write(`${JSON.stringify(header).slice(0, -1)},"tables":{`);
      for (const [i, { name, orderBy }] of BACKUP_TABLES.entries()) {
        await write(`${i ? ',' : ''}\n${JSON.stringify(name)}:[`);
        const order = sql.join(
          orderBy.map((c) => sql.identifier(c)),
          sql`, `,
        );
        await tx.execute(
          sql`declare backup_rows no scroll cursor for
              select row_to_json(t)::text as row from ${sql.identifier(name)} t order by ${order}`,
        );
        let first = true;
        for (;;) {
          const rows = await rowsOf<{ row: string }>(tx, sql.raw(`fetch forward ${BATCH} from backup_rows`));
          if (rows.length === 0) break;
          await write(`${first ? '' : ','}\n${rows.map((r) => r.row).join(',\n')}`);
          first = false;
        }
        await tx.execute(sql`close backup_rows`);
        await write(first ? ']' : '\n]');
      }
      await write('\n}}\n');
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The backup into a file or standard output, at the pace the stream takes it. */
export async function backupToStream(db: Db, out: Writable, now: Date, options = { end: true }) {
  let failure: Error | undefined;
  const failed = new Promise<void>((resolve) =>
    out.once('error', (error) => {
      failure = error;
      resolve();
    }),
  );
  await writeBackup(
    db,
    async (chunk) => {
      if (!failure && !out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      if (failure) throw failure;
    },
    now,
  );
  if (options.end) {
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  }
  if (failure) throw failure;
}
