import { createReadStream, createWriteStream } from 'node:fs';
import { text } from 'node:stream/consumers';
import { backupFileSchema } from '@ragboard/shared';
import type { Db } from '../../db/client';
import { AppError } from '../../plugins/errors';
import { restoreBackup } from './backup-restore';
import { backupToStream } from './backup-writer';

/** A refusal the command line reports in a sentence, without a stack trace. */
export class BackupCommandError extends Error {}

/** `pnpm backup FILE` (or `-` for standard output). */
export async function backupCommand(db: Db, path: string) {
  if (path === '-') return backupToStream(db, process.stdout, new Date(), { end: false });
  await backupToStream(db, createWriteStream(path, { flags: 'wx' }), new Date());
  process.stderr.write(`Backed up the database to ${path}.\n`);
}

/** `pnpm restore FILE` (or `-` for standard input), into a new database only. */
export async function restoreCommand(db: Db, path: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await text(path === '-' ? process.stdin : createReadStream(path)));
  } catch (error) {
    throw new BackupCommandError(`${path} is not a ragboard backup: ${(error as Error).message}`);
  }
  const file = backupFileSchema.safeParse(parsed);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    throw new BackupCommandError(
      `${path} is not a ragboard backup: ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  try {
    const { restored } = await restoreBackup(db, file.data, null);
    const rows = Object.values(restored).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `Restored ${rows} rows in ${Object.keys(restored).length} tables from ${path}. Sign in with the backup’s accounts.\n`,
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = error.details ? ` ${JSON.stringify(error.details)}` : '';
    throw new BackupCommandError(`${error.message}.${details}`);
  }
}
