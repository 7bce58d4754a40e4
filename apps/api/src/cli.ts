import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { createFirstManager, FirstManagerError } from './modules/users/create-first-manager';

const USAGE = `Usage: pnpm create-manager --email EMAIL [--name "Full Name"]
Creates the first partnership manager on an empty database (DATABASE_URL, or the embedded one).
The password is read from standard input (at least 12 characters).`;

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
  if (values.help || positionals[0] !== 'create-manager' || !values.email) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate(config.migrationsDir);
    const user = await createFirstManager(database.db, {
      email: values.email,
      displayName: values.name ?? '',
      password: await readPassword(),
    });
    process.stdout.write(
      `Created the manager account ${user.email}. Sign in at the app to add more accounts.\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof FirstManagerError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
