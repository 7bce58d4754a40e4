// The server under test, in its own process: opens and seeds a database, builds the real app,
// listens, signs in, counts the queries each endpoint costs, and prints one JSON line (prefixed
// BENCH_READY) for tests/bench/run.ts. Then, asked `floor <connections> <seconds>` on stdin, runs the
// database's floor for a status update (floor.ts) and prints BENCH_FLOOR and its figures. Stops on
// SIGTERM, or when the benchmark closes its stdin.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildApp } from '../../apps/api/src/app';
import { type Database, openPglite, openPostgres } from '../../apps/api/src/db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../apps/api/src/db/demo/seed-demo';
import { plansRepository } from '../../apps/api/src/modules/plans';
import { addStatusUpdate, createActionWithLead, openPeriod } from '../../apps/api/src/test/factories';
import { signIn } from '../../apps/api/src/test/sign-in';
import { migrationsDir } from '../../apps/api/src/test/test-database';
import { floorRound } from './floor';
import { seedNational } from './national-seed';
import { measureQueries } from './query-counts';

const kind = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'pglite';
const log = (line: string) => process.stderr.write(`${line}\n`);

async function open(): Promise<{ database: Database; cleanup: () => void }> {
  if (kind === 'postgres') {
    const url = process.env.BENCH_DATABASE_URL;
    if (!url) throw new Error('BENCH_DATABASE_URL is required with BENCH_DB=postgres');
    return { database: openPostgres(url), cleanup: () => {} };
  }
  // A data folder, as `pnpm start` uses, not an in-memory database.
  const dir = mkdtempSync(join(tmpdir(), 'ragboard-bench-'));
  return { database: await openPglite(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const now = new Date();
const { database, cleanup } = await open();
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  await app?.close().catch(() => {});
  await database.close().catch(() => {});
  cleanup();
  process.exit(0);
}
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());
// The benchmark holds our stdin: when it ends (it stopped, or failed), so do we.
process.stdin.on('end', () => void close()).resume();

await database.migrate(migrationsDir);
/** Plain SQL: the bench reads a few things the API has no route for (both drivers answer `rows`). */
async function select<T>(text: string): Promise<T[]> {
  return ((await database.db.execute(text)) as unknown as { rows: T[] }).rows;
}
const tally = async (table: string) =>
  Number((await select<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

if (kind === 'postgres' && (await tally('plans')) > 0) {
  log('the database already holds plans: measuring them as they are');
} else if (kind === 'postgres') {
  const plansCount = Number(process.env.BENCH_PLANS ?? 20);
  log(`seeding ${plansCount} plans on PostgreSQL`);
  await seedNational(database.db, { plans: plansCount, months: 36 }, now, log);
} else {
  log('seeding the demo plan on PGlite');
  await seedDemo(database.db, now);
}
const dataset = {
  plans: await tally('plans'),
  actions: await tally('actions'),
  updates: await tally('status_updates'),
};

const [large] = await select<{ id: string; title: string }>(
  // A live plan: the demo's 2023-24 plan is closed, its successor runs to this month.
  "SELECT id, title FROM plans WHERE state = 'active' ORDER BY slug LIMIT 1",
);
if (!large) throw new Error('No plan was seeded');
const period = await plansRepository(database.db).currentPeriod(large.id, now);
if (!period) throw new Error('The seeded plan has no open period');

// A plan of one action beside the large one: a read must cost the same queries on both.
const small = await createActionWithLead(database.db, period);
await openPeriod(database.db, small.plan.id, period);
await addStatusUpdate(database.db, small.action.id, period);

app = await buildApp({
  database,
  sessionSecret: randomBytes(32).toString('hex'),
  // The API-wide limit would refuse a benchmark's traffic from one address.
  requestsPerMinute: false,
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const email = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
const board = await signIn(app, email('board'), DEMO_PASSWORD);
const manager = await signIn(app, email('manager'), DEMO_PASSWORD);

// Updates go round many actions (many plans on the national dataset), so two writers rarely meet.
const spread = await select<{ id: string }>(
  `SELECT id FROM actions WHERE plan_id <> '${small.plan.id}'
     AND plan_id IN (SELECT id FROM plans WHERE state = 'active') ORDER BY ref, plan_id LIMIT 2000`,
);
const largeActions = await select<{ id: string }>(
  `SELECT id FROM actions WHERE plan_id = '${large.id}' ORDER BY ref`,
);
const historyAction = largeActions[0]!.id;

const queries = await measureQueries(app, {
  board: board.headers,
  manager: manager.headers,
  period,
  large: { planId: large.id, actionId: historyAction },
  small: { planId: small.plan.id, actionId: small.action.id },
});

// What the cold reads left behind (garbage until V8 collects it), then a clean start for the load.
const afterColdReads = process.memoryUsage().rss;
(globalThis as { gc?: () => void }).gc?.();

process.stdout.write(
  `BENCH_READY ${JSON.stringify({
    url,
    kind,
    planId: large.id,
    planTitle: large.title,
    planActions: largeActions.length,
    historyActionId: historyAction,
    updateActionIds: spread.map((a) => a.id),
    period,
    board: board.headers,
    manager: manager.headers,
    dataset,
    queries,
    afterColdReads,
  })}\n`,
);

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, connections, seconds] = line.split(' ');
  if (command !== 'floor') return;
  void floorRound(
    database.db,
    spread.map((a) => a.id),
    period,
    Number(connections),
    Number(seconds),
  ).then(
    (round) => process.stdout.write(`BENCH_FLOOR ${JSON.stringify(round)}\n`),
    (error: unknown) => {
      log(`floor failed: ${String(error)}`);
      void close();
    },
  );
});
