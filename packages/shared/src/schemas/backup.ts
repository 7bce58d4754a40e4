import { z } from 'zod';

export const BACKUP_FORMAT = 'ragboard-backup';
/** Raised when the file's layout changes; a release restores only its own version. */
export const BACKUP_FORMAT_VERSION = 1;

/** A table's rows as PostgreSQL writes them as JSON (row_to_json), keyed by column name. */
const backupRowSchema = z.record(z.string(), z.unknown());

/** The whole database, every table in foreign-key order: what `GET /api/backup` sends and restore reads. */
export const backupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { message: 'This is not a ragboard backup' }),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION, {
      message: `This release restores backups of format version ${BACKUP_FORMAT_VERSION} only`,
    }),
    /** The schema the rows fit: the database's migrations when the backup was taken. */
    migration: z.object({ applied: z.number().int().nonnegative(), latestHash: z.string() }),
    createdAt: z.iso.datetime({ offset: true }),
    tables: z.record(z.string(), z.array(backupRowSchema)),
  })
  .meta({ id: 'Backup' });
export type BackupFile = z.infer<typeof backupFileSchema>;

export const restoreReplySchema = z
  .object({
    /** Rows restored, by table. */
    restored: z.record(z.string(), z.number().int().nonnegative()),
  })
  .meta({ id: 'Restored' });
export type RestoreReply = z.infer<typeof restoreReplySchema>;
