import type { BackupFile, RestoreReply } from '@ragboard/shared';
import { sql } from 'drizzle-orm';
import { announce, writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { auditEntries, rateLimitCounters, sessions, users } from '../../db/schema';
import { recordAudit } from '../../journal';
import { AppError, ConflictError } from '../../plugins/errors';
import { BACKUP_TABLES, type BackupTable } from './backup-tables';
import { migrationLevel, rowsOf } from './backup-writer';

/** Rows inserted a statement at a time. */
const BATCH = 500;
const RESTORE_LOCK = 7_204_415_222;
/** What a new install holds before its plan arrives: its accounts and their audit entries. */
const ACCOUNT_TABLES = new Set(['users', 'audit_entries']);

const refuse = (message: string, details?: unknown) => new AppError(422, 'unprocessable', message, details);

/** The file names every table this release has, each row with exactly the table's columns. */
function checkTables(file: BackupFile) {
  const known = new Set(BACKUP_TABLES.map((t) => t.name));
  const unknown = Object.keys(file.tables).filter((name) => !known.has(name));
  const missing = [...known].filter((name) => !file.tables[name]);
  if (unknown.length || missing.length) {
    throw refuse('The backup’s tables are not this release’s', { unknown, missing });
  }
  for (const { name, columns } of BACKUP_TABLES) {
    const index = file.tables[name]!.findIndex(
      (row) => Object.keys(row).length !== columns.length || columns.some((c) => !(c in row)),
    );
    if (index >= 0)
      throw refuse(`Row ${index + 1} of ${name} does not have the table’s columns`, { columns });
  }
}

/** PostgreSQL's refusal of a value (a bad date, a missing parent...), however the driver wrapped it. */
function databaseRefusal(error: unknown): string | null {
  for (let e = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return String(message);
  }
  return null;
}

async function insertRows(tx: Db, { name }: BackupTable, rows: unknown[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = JSON.stringify(rows.slice(i, i + BATCH));
    try {
      await tx.execute(
        sql`insert into ${sql.identifier(name)} overriding system value
            select * from json_populate_recordset(null::${sql.identifier(name)}, ${batch}::json)`,
      );
    } catch (error) {
      const refusal = databaseRefusal(error);
      if (refusal === null) throw error;
      throw refuse(`The backup’s ${name} cannot be restored: ${refusal}`);
    }
  }
}

/** Serial and identity columns carry on after the restored ids. */
async function resetSequences(tx: Db) {
  const serials = await rowsOf<{ table_name: string; column_name: string; sequence: string }>(
    tx,
    sql`select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
        from information_schema.columns
        where table_schema = current_schema()
          and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`,
  );
  for (const s of serials) {
    const column = sql.identifier(s.column_name);
    await tx.execute(
      sql`select setval(${s.sequence}, coalesce((select max(${column}) from ${sql.identifier(s.table_name)}), 0) + 1, false)`,
    );
  }
}

/** The tables that hold anything beyond a new install's accounts. */
async function tablesWithData(tx: Db): Promise<string[]> {
  const checks = BACKUP_TABLES.filter((t) => !ACCOUNT_TABLES.has(t.name)).map(
    (t) => sql`select ${t.name}::text as name where exists (select 1 from ${sql.identifier(t.name)})`,
  );
  return (await rowsOf<{ name: string }>(tx, sql.join(checks, sql` union all `))).map((r) => r.name);
}

/**
 * Restores a backup into a database that holds no data but a new install's accounts, in one
 * transaction: those accounts, their audit entries and every session give way to the backup's.
 * `by` is the manager restoring through the API; null from the command line.
 */
export async function restoreBackup(
  db: Db,
  file: BackupFile,
  by: { email: string } | null,
): Promise<RestoreReply> {
  checkTables(file);
  return writeTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RESTORE_LOCK})`);
    const level = await migrationLevel(tx);
    if (level.latestHash !== file.migration.latestHash || level.applied !== file.migration.applied) {
      throw refuse(
        `The backup was taken at migration ${file.migration.applied} and this database is at ${level.applied}: restore it with the ragboard release that took it, then upgrade`,
        { backup: file.migration, database: level },
      );
    }
    const holding = await tablesWithData(tx);
    if (holding.length) {
      throw new ConflictError(
        `The database already holds data (${holding.join(', ')}): restore only into a new database`,
        { tables: holding },
      );
    }
    const replaced = {
      accounts: (await tx.select({ email: users.email }).from(users)).map((u) => u.email),
      auditEntries: await tx.select().from(auditEntries),
    };
    for (const table of [sessions, rateLimitCounters, auditEntries, users]) await tx.delete(table);
    const restored: Record<string, number> = {};
    for (const table of BACKUP_TABLES) {
      const rows = file.tables[table.name]!;
      await insertRows(tx, table, rows);
      restored[table.name] = rows.length;
    }
    await resetSequences(tx);
    // Every cached plan and session (here and in other instances) gives way to the restored data.
    await announce(tx, { kind: 'plan', id: null });
    await announce(tx, { kind: 'user', id: '*' });
    const [actor] = by
      ? await rowsOf<{ id: string }>(tx, sql`select id from users where lower(email) = lower(${by.email})`)
      : [];
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      entityType: 'database',
      entityId: 'restore',
      operation: 'restore',
      before: replaced.accounts.length || replaced.auditEntries.length ? replaced : null,
      after: {
        restoredBy: by?.email ?? 'command line',
        backupCreatedAt: file.createdAt,
        formatVersion: file.formatVersion,
        migration: file.migration,
        restored,
      },
    });
    return { restored };
  });
}
