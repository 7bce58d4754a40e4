import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { announceRestart } from './db/changes';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { demoWarning, seedDemo } from './db/demo/seed-demo';
import { DataDirVersionError } from './db/pglite-data-dir';
import { loggerOptions } from './logging';

/** Scheduled reminders are due at the hour; a turn a minute sends them within a minute of it. */
const SCHEDULE_EVERY_MS = 60_000;

/** Owns what the app must not: the environment, the database's life, listening and signals. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app?.log.info({ signal }, 'closing');
    // Stop taking requests first, then close the database cleanly so PGlite's folder stays whole.
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await database.migrate(config.migrationsDir);
  // This instance may have been stopped between a commit and its NOTIFY: the others forget.
  await announceRestart(database.db);
  if (config.demo) await seedDemo(database.db, new Date());
  app = await buildApp({
    database,
    sessionSecret: config.sessionSecret,
    trustProxy: config.trustProxy,
    requestsPerMinute: config.requestsPerMinute,
    mail: config.mail,
    oidc: config.oidc,
    webDistDir: config.webDistDir,
    logger: loggerOptions(config.logLevel),
    scheduleEveryMs: SCHEDULE_EVERY_MS,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const where =
    typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  process.stdout.write(`ragboard is running at ${where} (database: ${database.kind})\n`);
  const warning = await demoWarning(database.db, config.demoWithheld);
  if (warning) process.stderr.write(`${warning}\n`);
}

main().catch((error: unknown) => {
  if ([ConfigError, DataDirLockedError, DataDirVersionError].some((kind) => error instanceof kind)) {
    process.stderr.write(`${(error as Error).message}\n`);
  } else {
    process.stderr.write(
      `ragboard could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
