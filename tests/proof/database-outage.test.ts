// PostgreSQL going away: /api/health and requests answer 503 in the error shape, and service
// comes back by itself when the database returns. A TCP proxy stands in for the network, so
// the server other tests share is never touched. PostgreSQL only.
import { randomBytes } from 'node:crypto';
import { errorResponseSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../apps/api/src/app';
import { testDatabaseUrl } from '../../apps/api/src/config';
import { type Database, openPostgres } from '../../apps/api/src/db/client';
import { createActionWithLead, openPeriod } from '../../apps/api/src/test/factories';
import { createUser, type SignedIn, signIn } from '../../apps/api/src/test/sign-in';
import { tcpProxy } from '../../apps/api/src/test/tcp-proxy';
import { createPostgresDatabase, migrationsDir } from '../../apps/api/src/test/test-database';
import { eventually } from '../../apps/api/src/test/waiting';

const serverUrl = testDatabaseUrl();
const today = new Date('2026-05-15T10:00:00Z');

describe.skipIf(!serverUrl)('when PostgreSQL goes away', () => {
  let drop: () => Promise<void>;
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let database: Database;
  let app: App;
  let manager: SignedIn;
  let planId: string;
  let actionId: string;

  beforeAll(async () => {
    const created = await createPostgresDatabase(serverUrl!);
    drop = created.drop;
    const target = new URL(created.url);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(created.url);
    viaProxy.port = String(proxy.port);
    database = openPostgres(viaProxy.toString());
    await database.migrate(migrationsDir);
    app = await buildApp({ database, sessionSecret: randomBytes(32).toString('hex'), now: () => today });
    const made = await createActionWithLead(database.db);
    planId = made.plan.id;
    actionId = made.action.id;
    await openPeriod(database.db, planId, '2026-05');
    manager = await signIn(app, (await createUser(database.db, 'manager')).email);
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await proxy?.close();
    await drop?.();
  });

  const health = () => app.inject({ method: 'GET', url: '/api/health' });
  const tree = () => app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: manager.headers });
  const update = (note: string) =>
    app.inject({
      method: 'POST',
      url: `/api/actions/${actionId}/updates`,
      headers: manager.headers,
      payload: { period: '2026-05', status: 'Green', note },
    });

  it('answers 503 in the error shape while it is away, then serves again by itself', async () => {
    expect((await health()).statusCode).toBe(200);
    expect((await tree()).statusCode).toBe(200);
    expect((await update('Before the outage')).statusCode).toBe(201);

    await proxy.cut();
    // Cached reads stop as soon as the instance notices its line to the database is gone.
    await eventually(async () => (await tree()).statusCode === 503, 50);
    for (const reply of [await health(), await tree(), await update('During the outage')]) {
      expect(reply.statusCode).toBe(503);
      expect(errorResponseSchema.parse(reply.json()).error.code).toBe('service_unavailable');
    }

    await proxy.restore();
    await eventually(async () => (await health()).statusCode === 200, 50);
    expect((await tree()).statusCode).toBe(200);
    const after = await update('After the outage');
    expect(after.statusCode, after.body).toBe(201);
    const history = await app.inject({
      method: 'GET',
      url: `/api/actions/${actionId}/updates`,
      headers: manager.headers,
    });
    const notes = (history.json() as { updates: { note: string | null }[] }).updates.map((u) => u.note);
    expect(notes).toEqual(['After the outage', 'Before the outage']);
  });
});
