import { once } from 'node:events';
import { type App, buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { announceRestart } from './db/changes';
import { type Database, openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { demoWarning, seedDemo } from './db/demo/seed-demo';
import { DataDirVersionError } from './db/pglite-data-dir';
import { armForcedExit } from './forced-exit';
import { loggerOptions } from './logging';

/** Scheduled reminders are due at the hour; a turn a minute sends them within a minute of it. */
const SCHEDULE_EVERY_MS = 60_000;
/** How often a stopping server closes the connections that have fallen idle since the last time. */
const IDLE_SWEEP_MS = 100;

/**
 * A stop asked (SIGTERM, SIGINT) from the first moment: during start-up it ends start-up at its
 * next step (the making of the data folder at once), then what was opened is closed. A second
 * signal changes nothing: the stop under way has its limit (decision 044).
 */
const stopping = new AbortController();
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping.signal.aborted) return;
    armForcedExit();
    stopping.abort(signal);
  });
}
const unlessStopping = () => stopping.signal.throwIfAborted();

/** What start-up has opened, closed in reverse order when the server stops. */
let database: Database | undefined;
let app: App | undefined;

/** Owns what the app must not: the environment, the database's life, listening and signals. */
async function start() {
  const config = loadConfig();
  unlessStopping();
  database = await openDatabase(config.database, stopping.signal);
  unlessStopping();
  await database.migrate(config.migrationsDir);
  unlessStopping();
  // This instance may have been stopped between a commit and its NOTIFY: the others forget.
  await announceRestart(database.db);
  if (config.demo) await seedDemo(database.db, new Date());
  unlessStopping();
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
  unlessStopping();
  await app.listen({ port: config.port, host: config.host });
  unlessStopping();
  const address = app.server.address();
  const where =
    typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  process.stdout.write(`ragboard is running at ${where} (database: ${database.kind})\n`);
  const warning = await demoWarning(database.db, config.demoWithheld);
  if (warning) process.stderr.write(`${warning}\n`);
}

/** Serves until asked to stop; the exit code: 0 for a stop asked, even during start-up, else 1. */
async function serve(): Promise<number> {
  try {
    await start();
    if (!stopping.signal.aborted) await once(stopping.signal, 'abort');
    return 0;
  } catch (error) {
    if (stopping.signal.aborted && error === stopping.signal.reason) return 0;
    if ([ConfigError, DataDirLockedError, DataDirVersionError].some((kind) => error instanceof kind)) {
      process.stderr.write(`${(error as Error).message}\n`);
    } else {
      process.stderr.write(
        `ragboard could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    return 1;
  }
}

/**
 * Stops taking requests and lets those under way finish, then closes the database cleanly so
 * PGlite's folder stays whole. A connection busy when the stop came would otherwise stay open,
 * idle, for its client's next request (keep-alive, 72 s), and the close wait for it.
 */
async function close(): Promise<boolean> {
  const failures: string[] = [];
  const failed = (what: string) => (error: unknown) =>
    void failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  if (app) {
    const server = app.server;
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    await app.close().catch(failed('the server'));
    clearInterval(sweep);
  }
  await database?.close().catch(failed('the database'));
  for (const failure of failures) process.stderr.write(`ragboard could not close ${failure}\n`);
  return failures.length === 0;
}

void serve().then(async (code) => {
  armForcedExit();
  if (stopping.signal.aborted) app?.log.info({ signal: stopping.signal.reason }, 'closing');
  const closed = await close();
  process.exit(closed ? code : 1);
});
