// One endpoint under load with autocannon (in this process), alternating with the bare route so
// that both see the same machine (it is shared: other work comes and goes), the server's memory
// watched meanwhile.
import autocannon from 'autocannon';
import { type Child, cpuOf, watchPeakRss } from './child';
import type { FloorRound } from './floor';

export const CONNECTIONS = 20;
/** Every request asks as a browser does: any browser accepts gzip. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

export interface Load {
  /** Median over the rounds. */
  rps: number;
  /** Median of the rounds' 99th percentiles. */
  p99: number;
  bytes: number;
  /** Refusals the endpoint may rightly give under load (409 for a write that lost a race). */
  refused: number;
  peakRss: number;
  /** The bare route's median over rounds run alternately with this endpoint's. */
  bareRps: number;
  /** Share of one core the server used, and the load generator (this process), while the endpoint ran. */
  serverCpu: number;
  clientCpu: number;
}

export interface LoadRequest {
  url: string;
  headers?: Record<string, string>;
  /** For writes: each request's path and body, round the given paths. */
  post?: { paths: string[]; body: string };
  /** A status the endpoint may answer without it being an error. */
  allowed?: number;
  connections?: number;
}

export interface Rounds {
  rounds: number;
  seconds: number;
}

async function run(request: LoadRequest, seconds: number) {
  let next = 0;
  const post = request.post;
  const result = await autocannon({
    url: request.url,
    headers: {
      ...BROWSER_HEADERS,
      ...request.headers,
      ...(post ? { 'content-type': 'application/json' } : {}),
    },
    connections: request.connections ?? CONNECTIONS,
    duration: seconds,
    ...(post
      ? {
          requests: [
            {
              method: 'POST' as const,
              setupRequest: (req: autocannon.Request) => ({
                ...req,
                method: 'POST' as const,
                path: post.paths[next++ % post.paths.length]!,
                body: post.body,
              }),
            },
          ],
        }
      : {}),
  });
  const codes = (result.statusCodeStats ?? {}) as Record<string, { count?: number }>;
  const refused = request.allowed ? (codes[String(request.allowed)]?.count ?? 0) : 0;
  const unexpected = result.non2xx - refused;
  if (unexpected > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${request.url}: ${unexpected} unexpected non-2xx ${JSON.stringify(codes)}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { result, refused };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Warms the endpoint up, then runs it and the bare route by turns for `rounds` rounds, sampling
 * the server's RSS while the endpoint runs. Throws on any error or non-2xx reply but `allowed`.
 */
export async function measure(
  request: LoadRequest,
  bareUrl: string,
  { rounds, seconds }: Rounds,
  serverPid: number,
): Promise<Load> {
  // One read first, so the warm-up finds the reply cached rather than twenty readers computing it.
  if (!request.post) await fetch(request.url, { headers: request.headers }).then((r) => r.arrayBuffer());
  await run(request, Math.max(0.5, seconds / 4));
  const bare: number[] = [];
  const runs: Awaited<ReturnType<typeof run>>[] = [];
  const peak = watchPeakRss(serverPid);
  let serverCpu = 0;
  let clientCpu = 0;
  for (let i = 0; i < rounds; i++) {
    bare.push((await run({ url: bareUrl }, seconds)).result.requests.average);
    const [server, client] = [cpuOf(serverPid), process.cpuUsage()];
    runs.push(await run(request, seconds));
    serverCpu += cpuOf(serverPid) - server;
    const used = process.cpuUsage(client);
    clientCpu += (used.user + used.system) / 1e6;
  }
  const peakRss = peak();
  const sent = runs.reduce((n, r) => n + r.result.requests.total, 0);
  const bytes = runs.reduce((n, r) => n + r.result.throughput.total, 0);
  return {
    rps: median(runs.map((r) => r.result.requests.average)),
    p99: median(runs.map((r) => r.result.latency.p99)),
    bytes: sent > 0 ? bytes / sent : 0,
    refused: runs.reduce((n, r) => n + r.refused, 0),
    peakRss,
    bareRps: median(bare),
    serverCpu: serverCpu / (rounds * seconds),
    clientCpu: clientCpu / (rounds * seconds),
  };
}

export interface Floor extends FloorRound {
  connections: number;
}

/**
 * The database's floor for a status update (floor.ts), run in the server's process as often and as
 * long as an endpoint's rounds, after a warm-up: the medians of the rounds.
 */
export async function measureFloor(
  server: Child<unknown>,
  connections: number,
  { rounds, seconds }: Rounds,
): Promise<Floor> {
  const round = async (s: number) =>
    JSON.parse(await server.ask(`floor ${connections} ${s}`, 'BENCH_FLOOR ')) as FloorRound;
  await round(Math.max(0.5, seconds / 4));
  const runs: FloorRound[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await round(seconds));
  return {
    connections,
    tps: median(runs.map((r) => r.tps)),
    p99: median(runs.map((r) => r.p99)),
  };
}
