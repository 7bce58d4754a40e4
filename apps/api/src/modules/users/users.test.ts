import {
  auditListSchema,
  errorResponseSchema,
  staleVersionErrorSchema,
  userListSchema,
  userSchema,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../db/schema';
import { createActionWithLead } from '../../test/factories';
import { type SignedIn, signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('accounts, as the partnership manager', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  const send = (
    method: 'POST' | 'PATCH' | 'GET',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => ctx.app.inject({ method, url, payload, headers: { ...manager.headers, ...headers } });
  const newAccount = (overrides: object = {}) =>
    send('POST', '/api/users', {
      email: `person-${Math.random().toString(36).slice(2)}@example.test`,
      displayName: 'New Person',
      role: 'lead',
      password: 'a long enough password',
      ...overrides,
    });

  it('creates an account linked to a person, never returning its password, and audits it', async () => {
    const [person] = await ctx.database.db.insert(people).values({ name: 'Sally Richardson' }).returning();
    const reply = await newAccount({ personId: person!.id });
    expect(reply.statusCode).toBe(201);
    const user = userSchema.parse(reply.json());
    expect(user).toMatchObject({ role: 'lead', personId: person!.id, active: true, version: 1 });
    expect(reply.body).not.toMatch(/password/i);
    expect(reply.headers.etag).toBe('"1"');
    const audit = auditListSchema.parse((await send('GET', `/api/audit?entityId=${user.id}`)).json());
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      operation: 'create',
      entityType: 'user',
      actor: { id: manager.userId },
    });
    expect(JSON.stringify(audit.entries[0]!.after)).not.toMatch(/passwordHash/);
    expect(userListSchema.parse((await send('GET', '/api/users')).json()).users.map((u) => u.id)).toContain(
      user.id,
    );
  });

  it('refuses a bad account with 400 naming each field, a taken email or person with 409', async () => {
    const bad = await send('POST', '/api/users', {
      email: 'not-an-email',
      displayName: '',
      role: 'king',
      password: 'short',
    });
    expect(bad.statusCode).toBe(400);
    const paths = (errorResponseSchema.parse(bad.json()).error.details as { path: string }[]).map(
      (d) => d.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['body.email', 'body.displayName', 'body.role', 'body.password']),
    );
    const first = userSchema.parse((await newAccount()).json());
    expect((await newAccount({ email: first.email.toUpperCase() })).statusCode).toBe(409);
    const unknownPerson = await newAccount({ personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownPerson.statusCode).toBe(400);
    const [person] = await ctx.database.db.insert(people).values({ name: 'Neil Willcocks' }).returning();
    expect((await newAccount({ personId: person!.id })).statusCode).toBe(201);
    expect((await newAccount({ personId: person!.id })).statusCode).toBe(409);
  });

  it('refuses a common, trivial or personal password at creation and at a reset, on its field', async () => {
    const email = `jo.bloggs-${Math.random().toString(36).slice(2)}@example.test`;
    for (const password of ['passwordpassword', '123456789012', email, 'qwertyuiopasdf']) {
      const reply = await newAccount({ email, password });
      expect(reply.statusCode, password).toBe(400);
      const { error } = errorResponseSchema.parse(reply.json());
      expect(error.details).toEqual([
        { path: 'body.password', message: expect.stringMatching(/harder to guess/) },
      ]);
    }
    const created = userSchema.parse((await newAccount({ email })).json());
    const reset = (password: string) => send('POST', `/api/users/${created.id}/password`, { password });
    const weak = await reset('123456789012');
    expect(weak.statusCode).toBe(400);
    expect(errorResponseSchema.parse(weak.json()).error.details).toEqual([
      { path: 'body.password', message: expect.stringMatching(/commonly used password/) },
    ]);
    const same = await reset('a long enough password');
    expect(same.statusCode).toBe(400);
    expect(errorResponseSchema.parse(same.json()).error.message).toBe(
      'The new password must not be the same as the current one',
    );
    expect((await reset('violet kettle harbour lantern')).statusCode).toBe(204);
  });

  it('changes a role with If-Match, and answers a stale ETag with 409 and the current account', async () => {
    const user = userSchema.parse((await newAccount()).json());
    const changed = await send('PATCH', `/api/users/${user.id}`, { role: 'board' }, { 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(userSchema.parse(changed.json())).toMatchObject({ role: 'board', version: 2 });
    const stale = await send('PATCH', `/api/users/${user.id}`, { role: 'manager' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(staleVersionErrorSchema.parse(stale.json()).error.details.current).toMatchObject({
      role: 'board',
      version: 2,
    });
    expect((await send('PATCH', `/api/users/${user.id}`, {})).statusCode).toBe(400);
    expect(
      (await send('PATCH', '/api/users/00000000-0000-4000-8000-000000000000', { role: 'lead' })).statusCode,
    ).toBe(404);
  });

  it('ends every session of an account at once when it is deactivated or its password reset', async () => {
    for (const change of ['deactivate', 'reset'] as const) {
      const created = userSchema.parse((await newAccount()).json());
      const session = await signIn(ctx.app, created.email, 'a long enough password');
      const reply =
        change === 'deactivate'
          ? await send('PATCH', `/api/users/${created.id}`, { active: false })
          : await send('POST', `/api/users/${created.id}/password`, { password: 'another long password' });
      expect(reply.statusCode, change).toBe(change === 'deactivate' ? 200 : 204);
      const me = await ctx.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: session.cookie },
      });
      expect(me.statusCode, change).toBe(401);
    }
  });

  it('keeps at least one active manager', async () => {
    const others = userListSchema
      .parse((await send('GET', '/api/users')).json())
      .users.filter((u) => u.role === 'manager' && u.id !== manager.userId);
    for (const other of others) await send('PATCH', `/api/users/${other.id}`, { role: 'board' });
    const reply = await send('PATCH', `/api/users/${manager.userId}`, { active: false });
    expect(reply.statusCode).toBe(409);
    expect(errorResponseSchema.parse(reply.json()).error.message).toMatch(
      /at least one active partnership manager/,
    );
  });
});

describe('the audit log', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
  });
  afterAll(() => ctx.close());

  it('is for the manager only, filtered by actor and time, newest first, in pages', async () => {
    const manager = await signInAs(ctx.app, 'manager');
    for (let i = 0; i < 3; i++) {
      await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: manager.headers,
        payload: {
          email: `a${i}@example.test`,
          displayName: `A${i}`,
          role: 'board',
          password: 'a long enough password',
        },
      });
    }
    const get = (query: string, headers = manager.headers) =>
      ctx.app.inject({ method: 'GET', url: `/api/audit${query}`, headers });
    const page = auditListSchema.parse((await get(`?actor=${manager.userId}&limit=2`)).json());
    expect(page.entries.map((e) => e.after)).toMatchObject([
      { email: 'a2@example.test' },
      { email: 'a1@example.test' },
    ]);
    const next = auditListSchema.parse(
      (await get(`?actor=${manager.userId}&limit=2&before=${page.nextBefore}`)).json(),
    );
    expect(next.entries.map((e) => e.after)).toMatchObject([{ email: 'a0@example.test' }]);
    expect(next.nextBefore).toBeNull();
    expect(auditListSchema.parse((await get('?to=2000-01-01')).json()).entries).toEqual([]);
    expect((await get('?from=yesterday')).statusCode).toBe(400);
    for (const role of ['lead', 'board'] as const) {
      const other = await signInAs(ctx.app, role);
      expect((await get('', other.headers)).statusCode).toBe(403);
    }
  });
});

describe('an action’s own history', () => {
  it('is open to everyone who can read the action, while the full audit log is the manager’s', async () => {
    const ctx = await createTestApp({ requestsPerMinute: false });
    const manager = await signInAs(ctx.app, 'manager');
    const board = await signInAs(ctx.app, 'board');
    const t = await createActionWithLead(ctx.database.db);
    await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${t.action.id}/updates`,
      headers: manager.headers,
      payload: { period: new Date().toISOString().slice(0, 7), status: 'Green', note: 'On track' },
    });
    const own = await ctx.app.inject({
      method: 'GET',
      url: `/api/actions/${t.action.id}/audit`,
      headers: board.headers,
    });
    expect(own.statusCode).toBe(200);
    expect(auditListSchema.parse(own.json()).entries.map((e) => e.operation)).toEqual(['status-update']);
    const unknown = await ctx.app.inject({
      method: 'GET',
      url: '/api/actions/00000000-0000-4000-8000-000000000000/audit',
      headers: board.headers,
    });
    expect(unknown.statusCode).toBe(404);
    await ctx.close();
  });
});
