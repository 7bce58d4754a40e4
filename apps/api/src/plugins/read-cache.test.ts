import { gunzipSync } from 'node:zlib';
import {
  actionHistorySchema,
  planPeriodSummarySchema,
  planTreeSchema,
  sessionReplySchema,
  userListSchema,
} from '@ragboard/shared';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChangeFeed } from '../db/changes';
import type { Database } from '../db/client';
import { createActionWithLead, openPeriod } from '../test/factories';
import { requestsAs } from '../test/requests';
import { type SignedIn, signInAs } from '../test/sign-in';
import { createTestApp } from '../test/test-app';
import { eventually } from '../test/waiting';
import { acceptsGzip, planScope, readCache } from './read-cache';

const today = new Date('2026-05-15T10:00:00Z');

describe('hot reads from memory, per plan revision', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let board: SignedIn;
  let planId: string;
  let actionId: string;
  const reads = () => [
    '/api/plans',
    `/api/plans/${planId}`,
    `/api/plans/${planId}/summary`,
    `/api/plans/${planId}/summary?period=2026-04`,
    `/api/actions/${actionId}/updates`,
  ];

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => today, requestsPerMinute: false });
    const made = await createActionWithLead(ctx.database.db);
    planId = made.plan.id;
    actionId = made.action.id;
    await openPeriod(ctx.database.db, planId, '2026-05');
    manager = await signInAs(ctx.app, 'manager');
    board = await signInAs(ctx.app, 'board');
  });
  afterAll(() => ctx.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url, headers: { ...board.headers, ...headers } });

  it('answers a repeated read without a query, with the same bytes and ETag, and 304 when unchanged', async () => {
    for (const url of reads()) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      const before = ctx.database.queryCount();
      const second = await get(url);
      expect(ctx.database.queryCount() - before, url).toBe(0);
      expect(second.body).toBe(first.body);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(second.headers['cache-control']).toBe('private, no-cache');
      const unchanged = await get(url, { 'if-none-match': String(first.headers.etag) });
      expect(unchanged.statusCode, url).toBe(304);
      expect(unchanged.body).toBe('');
    }
  });

  it('sends gzip to a client that accepts it, the same content as the plain reply, and 304 for either tag', async () => {
    const url = `/api/plans/${planId}/summary`;
    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    const zipped = await get(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    for (const tag of [plain.headers.etag, zipped.headers.etag]) {
      const unchanged = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': `W/"x", ${tag}` });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.headers.etag).toBe(zipped.headers.etag);
    }
    const refused = await get(url, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('reads Accept-Encoding as HTTP does', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('shows a write in the very next read of every cached reply of its plan', async () => {
    const etags = new Map<string, string>();
    for (const url of reads()) etags.set(url, String((await get(url)).headers.etag));

    const written = await requestsAs(ctx.app, manager)('POST', `/api/actions/${actionId}/updates`, {
      period: '2026-05',
      status: 'Amber',
      note: 'Slipping: the provider has not started',
    });
    expect(written.statusCode).toBe(201);

    const tree = planTreeSchema.parse((await get(`/api/plans/${planId}`)).json());
    expect(tree.priorities[0]!.outcomes[0]!.actions[0]!.status).toBe('Amber');
    const summary = planPeriodSummarySchema.parse((await get(`/api/plans/${planId}/summary`)).json());
    expect(summary.totals.Amber).toBe(1);
    const history = actionHistorySchema.parse((await get(`/api/actions/${actionId}/updates`)).json());
    expect(history.updates[0]!.note).toBe('Slipping: the provider has not started');
    for (const url of reads().filter((u) => !u.includes('2026-04'))) {
      const reply = await get(url, { 'if-none-match': etags.get(url)! });
      expect(reply.statusCode, url).toBe(200);
    }
  });

  it('never lets a reader see a revision older than a write it has been told succeeded', async () => {
    const send = requestsAs(ctx.app, manager);
    const url = `/api/plans/${planId}`;
    const writes = 25;
    let acknowledged = 0;
    const violations: string[] = [];
    const read = async () => {
      const floor = acknowledged;
      const tree = planTreeSchema.parse((await get(url)).json());
      const seen = Number(tree.title.replace('Revision ', '')) || 0;
      if (seen < floor) violations.push(`saw ${seen} after ${floor} was acknowledged`);
    };
    // How many reads happen depends on the machine, and is not the point: whenever each began, none
    // may see less than what had been acknowledged by then.
    const reads: Promise<void>[] = [];
    for (let i = 1; i <= writes; i++) {
      let answered = false;
      const write = send('PATCH', url, { title: `Revision ${i}` }).finally(() => {
        answered = true;
      });
      // Reads begun at each turn while the write is on its way: some load the revision before it...
      do {
        reads.push(read());
        await new Promise((resolve) => setImmediate(resolve));
      } while (!answered);
      const reply = await write;
      expect(reply.statusCode, reply.body).toBe(200);
      acknowledged = i;
      // ...and reads begun the moment it is acknowledged, while those may still be loading, see it.
      // The next write goes at once, so reads of this revision are loading while it commits.
      reads.push(read(), read());
    }
    await Promise.all(reads);
    // Once all are done, none has left an older revision in the cache.
    await read();
    expect(violations).toEqual([]);
    expect(planTreeSchema.parse((await get(url)).json()).title).toBe(`Revision ${writes}`);
  });

  it('reads from the database while the line to other instances is down', async () => {
    const url = `/api/plans/${planId}`;
    await get(url);
    ctx.database.changes.setConnected(false);
    try {
      for (let i = 0; i < 2; i++) {
        const before = ctx.database.queryCount();
        expect((await get(url)).statusCode).toBe(200);
        expect(ctx.database.queryCount() - before).toBeGreaterThan(0);
      }
    } finally {
      ctx.database.changes.setConnected(true);
    }
  });

  it('checks sessions from memory, yet an account change applies to the next request', async () => {
    const reader = await signInAs(ctx.app, 'board');
    const asManager = requestsAs(ctx.app, manager);
    const me = () => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: reader.headers });
    expect((await me()).statusCode).toBe(200);
    const before = ctx.database.queryCount();
    expect((await me()).statusCode).toBe(200);
    expect(ctx.database.queryCount() - before).toBe(0);

    const version = async () =>
      userListSchema
        .parse((await asManager('GET', '/api/users')).json())
        .users.find((u) => u.id === reader.userId)!.version;
    const renamed = await asManager(
      'PATCH',
      `/api/users/${reader.userId}`,
      { displayName: 'Renamed Reader' },
      { 'if-match': `"${await version()}"` },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(sessionReplySchema.parse((await me()).json()).user.displayName).toBe('Renamed Reader');

    const promoted = await asManager(
      'PATCH',
      `/api/users/${reader.userId}`,
      { role: 'manager' },
      { 'if-match': `"${await version()}"` },
    );
    expect(promoted.statusCode, promoted.body).toBe(200);
    // A new role ends the account's sessions: the cached one with them.
    expect((await me()).statusCode).toBe(401);
  });

  it('ends a session at sign-out on the next request', async () => {
    const reader = await signInAs(ctx.app, 'lead');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/plans', headers: reader.headers })).statusCode,
    ).toBe(200);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: reader.headers });
    expect(out.statusCode).toBeLessThan(300);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/plans', headers: reader.headers })).statusCode,
    ).toBe(401);
  });
});

describe('readers arriving together at a cold reply', () => {
  const planId = '00000000-0000-4000-8000-000000000001';
  const changes = new ChangeFeed(false);
  const loads: { resolve: (value: { title: string }) => void }[] = [];
  const app = Fastify();
  /** Reads that have reached the cache: each has begun its database read, or joined one, by then. */
  let arrived = 0;

  beforeAll(async () => {
    app.decorate('database', { changes } as unknown as Database);
    app.decorate('now', () => today);
    await app.register(readCache);
    app.get('/plan', (request, reply) => {
      arrived++;
      return app.sendCached(request, reply, {
        scope: planScope(planId),
        key: 'plan',
        schema: z.object({ title: z.string() }),
        // Each database read waits until the test answers it, as a slow query would.
        load: () => new Promise<{ title: string }>((resolve) => loads.push({ resolve })),
        notFound: 'Plan',
      });
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const read = () => app.inject({ method: 'GET', url: '/plan' });
  /** Until `count` more reads have reached the cache, however long their way through Fastify takes. */
  const arrival = (count: number) => {
    const until = arrived + count;
    return eventually(async () => arrived >= until, 1);
  };

  it('share one database read', async () => {
    app.readCache.clear();
    const arrivals = arrival(3);
    const replies = Promise.all([read(), read(), read()]);
    await arrivals;
    expect(loads).toHaveLength(1);
    loads.shift()!.resolve({ title: 'Plan' });
    expect((await replies).map((r) => r.json().title)).toEqual(['Plan', 'Plan', 'Plan']);
  });

  it('never share a read begun before a write committed', async () => {
    app.readCache.clear();
    let arrivals = arrival(1);
    const before = read();
    await arrivals;
    changes.emit([{ kind: 'plan', id: planId }]);
    arrivals = arrival(1);
    const after = read();
    await arrivals;
    expect(loads).toHaveLength(2);
    loads[1]!.resolve({ title: 'Written' });
    loads[0]!.resolve({ title: 'Stale' });
    loads.length = 0;
    expect((await after).json().title).toBe('Written');
    expect((await before).json().title).toBe('Stale');
    // The stale read was not kept either.
    expect((await read()).json().title).toBe('Written');
  });
});
