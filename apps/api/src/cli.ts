import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { type Database, openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { DataDirVersionError } from './db/pglite-data-dir';
import { BackupCommandError, backupCommand, restoreCommand } from './modules/backup';
import { ResetTwoStepError, resetTwoStepByEmail } from './modules/two-step';
import { createFirstManager, FirstManagerError } from './modules/users';

const USAGE = `Usage (on DATABASE_URL, or the embedded database when the server is stopped):
  pnpm create-manager --email EMAIL [--name "Full Name"]
      Creates the first partnership manager on an empty database.
      The password is read from standard input (at least 12 characters).
  pnpm reset-two-step --email EMAIL
      Resets an account's two-step verification (a manager with a lost phone and no other
      manager to ask): its sessions end, and a manager sets it up again at next sign-in.
  pnpm backup FILE
      Writes the whole database to FILE as JSON (- for standard output).
  pnpm restore FILE
      Restores a backup (- for standard input) into a new database, in one transaction.`;

async function readPassword(): Promise<string> {
  const input = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  for await (const line of input) {
    input.close();
    return line;
  }
  return '';
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, file] = positionals;
  const commands: Record<string, ((database: Database) => Promise<void>) | undefined> = {
    'create-manager': values.email
      ? (database) => createManager(database, values.email!, values.name ?? '')
      : undefined,
    'reset-two-step': values.email ? (database) => resetTwoStep(database, values.email!) : undefined,
    backup: file ? (database) => backupCommand(database.db, file) : undefined,
    restore: file ? (database) => restoreCommand(database.db, file) : undefined,
  };
  const run = command && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (values.help || !run) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    // As at every start of the server: a backup then always fits this release's schema.
    await database.migrate(config.migrationsDir);
    await run(database);
  } finally {
    await database.close();
  }
}

async function createManager(database: Database, email: string, displayName: string) {
  const user = await createFirstManager(database.db, { email, displayName, password: await readPassword() });
  process.stdout.write(
    `Created the manager account ${user.email}. Sign in at the app to add more accounts.\n`,
  );
}

async function resetTwoStep(database: Database, email: string) {
  const user = await resetTwoStepByEmail(database.db, email);
  process.stdout.write(`Reset two-step verification for ${user.email}; every session of theirs has ended.\n`);
}

main().catch((error: unknown) => {
  const known = [
    ConfigError,
    FirstManagerError,
    ResetTwoStepError,
    BackupCommandError,
    DataDirLockedError,
    DataDirVersionError,
  ].some((kind) => error instanceof kind);
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
