// `pnpm bench` (small, as CI runs it) and `pnpm bench:full` (national scale, by hand): the hot
// reads and the status update against a bare Fastify route, each server in its own process and
// autocannon in this one, on PGlite (the demo plan) and on PostgreSQL (a synthetic national
// dataset in a fresh database), then the pages' Core Web Vitals in Chromium (vitals/). The full run
// writes tests/bench/results.md; BENCH_OUT elsewhere.
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase } from '../../apps/api/src/test/test-database';
import { buildServers } from './build-servers';
import { type Child, rssOf, startChild } from './child';
import { timeExports } from './exports-timing';
import { firstLoad } from './first-load';
import { CONNECTIONS, type LoadRequest, measure, measureFloor } from './load';
import type { QueryCount } from './query-counts';
import { type DatabaseResult, type EndpointKey, resultsMarkdown, type Scale } from './report';
import { measureVitals } from './vitals/vitals';

const SCALES: Record<string, Scale> = {
  small: { name: 'small', rounds: 2, seconds: 1, pgPlans: 20 },
  full: { name: 'full', rounds: 5, seconds: 3, pgPlans: 1000 },
};
const scale = SCALES[process.env.BENCH_SCALE ?? 'small'];
if (!scale) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}`);
if (process.env.BENCH_SECONDS) scale.seconds = Number(process.env.BENCH_SECONDS);
if (process.env.BENCH_ROUNDS) scale.rounds = Number(process.env.BENCH_ROUNDS);
const pgServer = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
/** BENCH_ONLY=update,tree: only these endpoints (to profile one by hand); `vitals` for the pages. */
const only = process.env.BENCH_ONLY?.split(',');
// results.md keeps the full run's figures; a small run (CI, or a quick look) goes elsewhere.
const out =
  process.env.BENCH_OUT ??
  (scale.name === 'full'
    ? join(import.meta.dirname, 'results.md')
    : join(tmpdir(), 'ragboard-bench-small.md'));
const repo = join(import.meta.dirname, '../..');
const loadAtStart = loadavg()[0]!;

interface ServerInfo {
  url: string;
  planId: string;
  planTitle: string;
  planActions: number;
  historyActionId: string;
  updateActionIds: string[];
  period: string;
  board: Record<string, string>;
  manager: Record<string, string>;
  dataset: { plans: number; actions: number; updates: number };
  queries: QueryCount[];
  /** RSS right after the query counts' cold reads, before a full garbage collection. */
  afterColdReads: number;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

async function benchDatabase(kind: 'pglite' | 'postgres', bare: Child<{ url: string }>) {
  // A fresh database for each run, dropped afterwards (or on Ctrl-C).
  const created =
    kind === 'postgres' ? await createPostgresDatabase(pgServer, `ragboard_bench_${Date.now()}`) : null;
  const interrupted = () => void created?.drop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  const started = performance.now();
  let server: Child<ServerInfo> | undefined;
  try {
    server = await startChild<ServerInfo>(
      scripts.server,
      { BENCH_DB: kind, BENCH_DATABASE_URL: created?.url ?? '', BENCH_PLANS: String(scale!.pgPlans) },
      { timeoutMs: 60 * 60_000, echo: true, nodeArgs: ['--expose-gc'] },
    );
    const readySeconds = (performance.now() - started) / 1000;
    const s = server.info;
    const pid = server.pid;
    print(`${kind}: ready in ${readySeconds.toFixed(0)} s, ${JSON.stringify(s.dataset)}`);
    const idleRss = rssOf(pid);
    const get = (path: string): LoadRequest => ({ url: `${s.url}${path}`, headers: s.board });
    const post = (connections: number): LoadRequest => ({
      url: s.url,
      headers: s.manager,
      connections,
      post: {
        paths: s.updateActionIds.map((id) => `/api/actions/${id}/updates`),
        body: JSON.stringify({
          period: s.period,
          status: 'Green',
          note: 'On track: the delivery group met and agreed the next steps.',
        }),
      },
      allowed: 409,
    });
    const plan: [EndpointKey, string, LoadRequest][] = [
      ['summary', 'GET /api/plans/:id/summary', get(`/api/plans/${s.planId}/summary`)],
      ['tree', 'GET /api/plans/:id', get(`/api/plans/${s.planId}`)],
      ['history', 'GET /api/actions/:id/updates', get(`/api/actions/${s.historyActionId}/updates`)],
      ['list', 'GET /api/plans', get('/api/plans')],
      ['update', 'POST /api/actions/:id/updates', post(20)],
      ['update-1', 'POST /api/actions/:id/updates, 1 connection', post(1)],
    ];
    const endpoints: DatabaseResult['endpoints'] = [];
    for (const [key, label, request] of plan.filter(([key]) => !only || only.includes(key))) {
      const load = await measure(request, bare.info.url, scale!, pid);
      print(
        `  ${label.padEnd(44)} ${Math.round(load.rps).toString().padStart(6)} req/s (bare ${Math.round(load.bareRps)})  p99 ${load.p99} ms  ${Math.round(load.bytes)} B  ${mb(load.peakRss)}  cpu server ${Math.round(load.serverCpu * 100)}% client ${Math.round(load.clientCpu * 100)}%${load.refused ? `  ${load.refused} × 409` : ''}`,
      );
      endpoints.push({ key, label, load });
    }
    const floor = [];
    for (const connections of [CONNECTIONS, 1]) {
      if (only && !only.includes(connections === 1 ? 'update-1' : 'update')) continue;
      const f = await measureFloor(server, connections, scale!);
      print(
        `  floor, ${String(connections).padEnd(2)} connection(s)${''.padEnd(22)} ${Math.round(f.tps).toString().padStart(6)} tx/s  p99 ${f.p99} ms`,
      );
      floor.push(f);
    }
    const exports = await timeExports(s.url, s.planId, s.period, s.manager);
    print(`  exports: ${exports.map((e) => `${e.format} ${Math.round(e.ms)} ms`).join(', ')}`);
    return {
      kind,
      dataset: s.dataset,
      plan: { title: s.planTitle, actions: s.planActions },
      period: s.period,
      readySeconds,
      endpoints,
      floor,
      queries: s.queries,
      idleRss,
      afterColdReads: s.afterColdReads,
      peakRss: Math.max(idleRss, ...endpoints.map((e) => e.load.peakRss)),
      exports,
    } satisfies DatabaseResult;
  } finally {
    process.off('SIGINT', interrupted);
    await server?.stop();
    await created?.drop();
  }
}

const scripts = await buildServers();
const bare = await startChild<{ url: string }>(scripts.bare, {}, { timeoutMs: 60_000 });
const results: DatabaseResult[] = [];
let bareRss = 0;
try {
  for (const kind of ['pglite', 'postgres'] as const) {
    if (databases.includes(kind)) results.push(await benchDatabase(kind, bare));
  }
  bareRss = rssOf(bare.pid);
} finally {
  await bare.stop();
}
const js = firstLoad(join(repo, 'apps/web/dist'));
print(
  js
    ? `first-load JavaScript: ${js.pages.map((p) => `${p.name} ${(p.gzipBytes / 1024).toFixed(1)} KB gzipped, ${(p.servedBytes / 1024).toFixed(1)} KB served`).join('; ')}`
    : 'web app not built',
);
// Three cold runs of each page on each device, as issue 33 judged them; BENCH_VITALS_RUNS by hand.
const vitals =
  only && !only.includes('vitals')
    ? null
    : await measureVitals(repo, Number(process.env.BENCH_VITALS_RUNS ?? 3), print);
if (vitals && 'skipped' in vitals) print(`Core Web Vitals not measured: ${vitals.skipped}`);
writeFileSync(out, resultsMarkdown({ scale, results, firstLoad: js, vitals, bareRss, loadAtStart }));
print(`written to ${out}`);
