// Queries per request of each benchmarked endpoint, counted in the server's process: on a
// plan of one action and on the large plan, with the read cache empty (cold) and filled (warm).
import type { App } from '../../apps/api/src/app';

export interface QueryCount {
  endpoint: string;
  plan: 'small' | 'large';
  cold: number;
  coldMs: number;
  /** null for writes, which are never served from memory. */
  warm: number | null;
  warmMs: number | null;
}

interface Target {
  planId: string;
  actionId: string;
}

export async function measureQueries(
  app: App,
  ctx: {
    board: Record<string, string>;
    manager: Record<string, string>;
    period: string;
    large: Target;
    small: Target;
  },
): Promise<QueryCount[]> {
  async function count(send: () => Promise<{ statusCode: number; body: string }>) {
    const before = app.database.queryCount();
    const started = performance.now();
    const reply = await send();
    const ms = performance.now() - started;
    if (reply.statusCode >= 300) throw new Error(`${reply.statusCode}: ${reply.body.slice(0, 300)}`);
    return { queries: app.database.queryCount() - before, ms };
  }
  const get = (url: string) => () => app.inject({ method: 'GET', url, headers: ctx.board });
  const reads = (t: Target) => [
    ['GET /api/plans', '/api/plans'],
    ['GET /api/plans/:id', `/api/plans/${t.planId}`],
    ['GET /api/plans/:id/summary', `/api/plans/${t.planId}/summary`],
    ['GET /api/actions/:id/updates', `/api/actions/${t.actionId}/updates`],
  ];

  const results: QueryCount[] = [];
  for (const [plan, target] of [
    ['small', ctx.small],
    ['large', ctx.large],
  ] as const) {
    for (const [endpoint, url] of reads(target)) {
      await count(get(url!)); // the session and the action's plan, learnt once
      app.readCache.clear();
      const cold = await count(get(url!));
      const warm = await count(get(url!));
      results.push({
        endpoint: endpoint!,
        plan,
        cold: cold.queries,
        coldMs: cold.ms,
        warm: warm.queries,
        warmMs: warm.ms,
      });
    }
    const write = () =>
      app.inject({
        method: 'POST',
        url: `/api/actions/${target.actionId}/updates`,
        headers: ctx.manager,
        payload: { period: ctx.period, status: 'Amber', note: 'Benchmark: counting the queries of a write.' },
      });
    await count(write);
    const written = await count(write);
    results.push({
      endpoint: 'POST /api/actions/:id/updates',
      plan,
      cold: written.queries,
      coldMs: written.ms,
      warm: null,
      warmMs: null,
    });
  }
  return results;
}
