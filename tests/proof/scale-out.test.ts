// Two API instances behind one PostgreSQL serve as one: a session, a rate limit and an update
// made on one are seen on the other. PostgreSQL only (the embedded database is one process).
import { randomBytes } from 'node:crypto';
import { planTreeSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../apps/api/src/app';
import { testDatabaseUrl } from '../../apps/api/src/config';
import { announceRestart } from '../../apps/api/src/db/changes';
import { type Database, openPostgres } from '../../apps/api/src/db/client';
import { createActionWithLead, openPeriod } from '../../apps/api/src/test/factories';
import { createUser, signIn } from '../../apps/api/src/test/sign-in';
import {
  createPostgresDatabase,
  cutChangeListeners,
  migrationsDir,
  renamePlanUnannounced,
} from '../../apps/api/src/test/test-database';
import { eventually } from '../../apps/api/src/test/waiting';

const serverUrl = testDatabaseUrl();
const today = new Date('2026-05-15T10:00:00Z');

describe.skipIf(!serverUrl)('several instances on one PostgreSQL', () => {
  let drop: () => Promise<void>;
  const databases: Database[] = [];
  let a: App;
  let b: App;

  beforeAll(async () => {
    const created = await createPostgresDatabase(serverUrl!);
    drop = created.drop;
    const sessionSecret = randomBytes(32).toString('hex');
    const instances: App[] = [];
    for (let i = 0; i < 2; i++) {
      const database = openPostgres(created.url);
      await database.migrate(migrationsDir);
      databases.push(database);
      instances.push(
        await buildApp({
          database,
          sessionSecret,
          now: () => today,
          loginLimits: { perAccount: 4, perAddress: 100 },
        }),
      );
    }
    [a, b] = instances as [App, App];
    // Both instances are listening for each other's writes before the test begins.
    await eventually(async () => databases.every((d) => d.changes.live()));
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const database of databases) await database.close();
    await drop?.();
  });

  it('accepts a session made on one instance on the other, and ends it on both at sign-out', async () => {
    const user = await createUser(a.database.db, 'board');
    const session = await signIn(a, user.email);
    const me = (app: App) => app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    expect((await me(b)).statusCode).toBe(200);
    expect((await me(b)).statusCode).toBe(200);

    const out = await a.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(a)).statusCode).toBe(401);
    await eventually(async () => (await me(b)).statusCode === 401);
  });

  it('counts sign-in attempts across instances', async () => {
    const user = await createUser(a.database.db, 'lead');
    const attempt = (app: App) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'wrong password!' },
      });
    expect((await attempt(a)).statusCode).toBe(401);
    expect((await attempt(b)).statusCode).toBe(401);
    expect((await attempt(a)).statusCode).toBe(401);
    expect((await attempt(b)).statusCode).toBe(401);
    const refused = await attempt(a);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await attempt(b)).statusCode).toBe(429);
  });

  it('shows an update written on one instance in the cached reads of the other', async () => {
    const { plan, action } = await createActionWithLead(a.database.db);
    await openPeriod(a.database.db, plan.id, '2026-05');
    const manager = await signIn(a, (await createUser(a.database.db, 'manager')).email);
    const statusOn = async (app: App) => {
      const reply = await app.inject({
        method: 'GET',
        url: `/api/plans/${plan.id}`,
        headers: manager.headers,
      });
      return planTreeSchema.parse(reply.json()).priorities[0]!.outcomes[0]!.actions[0]!.status;
    };
    expect(await statusOn(b)).toBe('Grey');
    const before = b.database.queryCount();
    expect(await statusOn(b)).toBe('Grey');
    expect(b.database.queryCount()).toBe(before);

    const written = await a.inject({
      method: 'POST',
      url: `/api/actions/${action.id}/updates`,
      headers: manager.headers,
      payload: { period: '2026-05', status: 'Red', note: 'Stopped', revisedDue: '2026-09-30' },
    });
    expect(written.statusCode, written.body).toBe(201);
    expect(await statusOn(a)).toBe('Red');
    await eventually(async () => (await statusOn(b)) === 'Red');
  });

  it('serves from the database while its line to the others is down, and caches again once back', async () => {
    const { plan } = await createActionWithLead(a.database.db);
    const email = (await createUser(a.database.db, 'manager')).email;
    const [onA, onB] = [await signIn(a, email), await signIn(b, email)];
    const title = async () => {
      const reply = await b.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: onB.headers });
      return planTreeSchema.parse(reply.json()).title;
    };
    expect(await title()).toBe('Test plan');
    await cutChangeListeners(a.database);
    await eventually(async () => !b.database.changes.live());
    const renamed = await a.inject({
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      headers: onA.headers,
      payload: { title: 'Renamed while cut off' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await title()).toBe('Renamed while cut off');

    await eventually(async () => databases.every((d) => d.changes.live()));
    expect(await title()).toBe('Renamed while cut off');
    const before = b.database.queryCount();
    expect(await title()).toBe('Renamed while cut off');
    expect(b.database.queryCount()).toBe(before);
  });

  it('forgets what it cached when another instance starts, which may have stopped between a commit and its NOTIFY', async () => {
    const { plan } = await createActionWithLead(a.database.db);
    const onB = await signIn(b, (await createUser(a.database.db, 'manager')).email);
    const title = async () => {
      const reply = await b.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: onB.headers });
      return planTreeSchema.parse(reply.json()).title;
    };
    expect(await title()).toBe('Test plan');
    // A commit whose NOTIFY never went out: the writer was killed in between.
    await renamePlanUnannounced(a.database, plan.id, 'Committed, never announced');
    expect(await title()).toBe('Test plan');

    await announceRestart(a.database.db);
    await eventually(async () => (await title()) === 'Committed, never announced');
  });
});
