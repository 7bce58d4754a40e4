// `pnpm bench`: throughput and latency of the hot reads against a bare Fastify route on this
// machine, on the embedded database with the demo plan. Writes tests/bench/results.md.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../../apps/api/src/app';
import { openPglite } from '../../apps/api/src/db/client';
import { seedDemo } from '../../apps/api/src/db/demo/seed-demo';
import { signInAs } from '../../apps/api/src/test/sign-in';
import { migrationsDir } from '../../apps/api/src/test/test-database';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;

async function measure(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bytes: result.throughput.average / result.requests.average,
  };
}

async function listen(app: { listen: (o: { port: number; host: string }) => Promise<string> }) {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
const bareUrl = await listen(bare);

const database = await openPglite(null);
await database.migrate(migrationsDir);
await seedDemo(database.db, new Date());
// The API-wide rate limit would refuse a benchmark's traffic from one address.
const app = await buildApp({
  database,
  sessionSecret: randomBytes(32).toString('hex'),
  requestsPerMinute: false,
});
const base = await listen(app);
const { cookie } = await signInAs(app, 'board');
const planList = (await (await fetch(`${base}/api/plans`, { headers: { cookie } })).json()) as {
  plans: { id: string }[];
};
const planId = planList.plans[0]!.id;

const rows: string[] = [];
const floor = await measure(`${bareUrl}/bare`);
for (const [name, path] of [
  ['bare Fastify route', null],
  ['GET /api/health', '/api/health'],
  ['GET /api/plans (summary)', '/api/plans'],
  ['GET /api/plans/:id (tree)', `/api/plans/${planId}`],
  ['GET /api/plans/:id/summary', `/api/plans/${planId}/summary`],
] as const) {
  const r = path === null ? floor : await measure(`${base}${path}`, { cookie });
  const line = `| ${name} | ${Math.round(r.rps)} | ${(r.rps / floor.rps).toFixed(3)} | ${r.p99} | ${Math.round(r.bytes)} |`;
  console.log(line);
  rows.push(line);
}

// Each export of the demo plan's report, timed once after a warm-up (target: under 2 s each).
const manager = await signInAs(app, 'manager');
const created = await app.inject({
  method: 'POST',
  url: `/api/plans/${planId}/reports`,
  headers: manager.headers,
  payload: { period: new Date().toISOString().slice(0, 7), title: 'Benchmark board pack' },
});
const reportId = (created.json() as { id: string }).id;
const exportRows: string[] = [];
for (const format of ['pdf', 'docx', 'xlsx', 'csv', 'html']) {
  const url = `/api/reports/${reportId}/export?format=${format}`;
  await app.inject({ method: 'GET', url, headers: manager.headers });
  const started = performance.now();
  const reply = await app.inject({ method: 'GET', url, headers: manager.headers });
  const ms = performance.now() - started;
  const line = `| ${format} | ${Math.round(ms)} | ${reply.rawPayload.length} | ${ms < 2000 ? 'yes' : 'NO'} |`;
  console.log(line);
  exportRows.push(line);
}
await app.close();
await bare.close();
await database.close();

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  join(import.meta.dirname, 'results.md'),
  `# Benchmark results

${new Date().toISOString().slice(0, 10)} on ${machine}. Embedded database (PGlite, in memory) with the demo
plan; ${CONNECTIONS} connections for ${DURATION_S} s each, autocannon in the same process.

| endpoint | req/s | ratio to bare | p99 ms | bytes/reply |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

## Report exports (demo plan, one report)

| format | ms | bytes | under 2 s |
| --- | --- | --- | --- |
${exportRows.join('\n')}
`,
);
