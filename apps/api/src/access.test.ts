import { randomUUID } from 'node:crypto';
import { mayAccess, ROLES, type Role } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app';
import { type SignedIn, signInAs } from './test/sign-in';
import { createTestApp } from './test/test-app';

/**
 * Generated from the app's own route table, so a new route is covered the day it is added: every
 * route × every role, with a real session and CSRF token, and with a forged token.
 */
describe('who may call what', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  const sessions = new Map<Role, SignedIn>();
  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    for (const role of ROLES) sessions.set(role, await signInAs(ctx.app, role));
  });
  afterAll(() => ctx.close());

  const call = (app: App, method: string, url: string, headers: Record<string, string>) =>
    app.inject({
      method: method as 'GET',
      url: url.replace(/:\w+/g, () => randomUUID()),
      headers,
      payload: {},
    });

  it('declares access on every API route, and the table holds them all', () => {
    expect(ctx.app.routeTable.length).toBeGreaterThanOrEqual(10);
    for (const route of ctx.app.routeTable)
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  it('answers 401 without a session, 403 for a role without the right, never 5xx', async () => {
    for (const { method, url, access } of ctx.app.routeTable) {
      if (url === '/api/auth/logout') continue; // ends the session the other calls use: tested on its own
      for (const role of [null, ...ROLES] as const) {
        const headers = role ? sessions.get(role)!.headers : {};
        const reply = await call(ctx.app, method, url, headers);
        const who = `${role ?? 'anonymous'} ${method} ${url} → ${reply.statusCode} ${reply.body.slice(0, 120)}`;
        expect(reply.statusCode, who).toBeLessThan(500);
        if (access === 'update-request') {
          // Only an emailed link opens these: no session, whatever its role, stands in for one.
          expect(reply.statusCode, who).toBe(401);
        } else if (mayAccess(access, role)) {
          expect([401, 403], who).not.toContain(reply.statusCode);
        } else {
          expect(reply.statusCode, who).toBe(role === null ? 401 : 403);
        }
        expect(reply.json(), who).toBeTypeOf('object');
      }
    }
  });

  it('opens to a read-only API token only the GET routes marked for it, as a board member, and refuses it everywhere else', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: sessions.get('manager')!.headers,
      payload: { name: 'Role matrix', expiresInDays: 1 },
    });
    const { token } = created.json() as { token: string };
    const tokenRoutes = ctx.app.routeTable.filter((r) => r.apiToken).map((r) => `${r.method} ${r.url}`);
    expect(tokenRoutes.sort()).toEqual(
      [
        'GET /api/plans',
        'GET /api/plans/:planId',
        'GET /api/plans/:planId/summary',
        'GET /api/plans/:planId/kpis',
        'GET /api/kpis/:kpiId',
        'GET /api/plans/:planId/reports',
        'GET /api/reports/:reportId',
        'GET /api/reports/:reportId/export',
      ].sort(),
    );
    for (const { method, url, access, apiToken } of ctx.app.routeTable) {
      // Public routes need nothing; a link's routes take the link alone (the matrix above).
      if (access === 'public' || access === 'update-request') continue;
      const reply = await call(ctx.app, method, url, { authorization: `Bearer ${token}` });
      const who = `token ${method} ${url} → ${reply.statusCode} ${reply.body.slice(0, 120)}`;
      expect(reply.statusCode, who).toBeLessThan(500);
      if (apiToken) {
        expect(method, who).toBe('GET');
        expect(mayAccess(access, 'board'), who).toBe(true);
        expect([401, 403], who).not.toContain(reply.statusCode);
      } else {
        expect(reply.statusCode, who).toBe(403);
      }
    }
  });

  it('opens to a session that has given only its password the two-step routes, me and sign-out, and nothing else', async () => {
    const waiting = await signInAs(ctx.app, 'manager', {}, { secondStep: 'keep' });
    const opened = ctx.app.routeTable.filter((r) => r.beforeSecondStep).map((r) => `${r.method} ${r.url}`);
    expect(opened.sort()).toEqual(
      [
        'GET /api/auth/me',
        'POST /api/auth/logout',
        'POST /api/auth/two-step/setup',
        'POST /api/auth/two-step/setup/confirm',
        'POST /api/auth/two-step/verify',
      ].sort(),
    );
    for (const { method, url, access, beforeSecondStep } of ctx.app.routeTable) {
      if (access === 'public' || access === 'update-request' || beforeSecondStep) continue;
      const reply = await call(ctx.app, method, url, waiting.headers);
      expect(reply.statusCode, `${method} ${url} → ${reply.body.slice(0, 120)}`).toBe(403);
    }
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: waiting.headers });
    expect(me.json()).toMatchObject({ secondStep: 'enrol' });
  });

  it('lets the forum read wherever the board reads, and write only comments, challenges and its own email choices', () => {
    const forumWrites = [
      'POST /api/actions/:actionId/comments',
      'POST /api/actions/:actionId/challenges',
      'PUT /api/account/notifications',
    ];
    for (const { method, url, access } of ctx.app.routeTable) {
      const route = `${method} ${url}`;
      const writes = method !== 'GET' && !url.startsWith('/api/auth/');
      if (forumWrites.includes(route)) expect(mayAccess(access, 'forum'), route).toBe(true);
      else if (writes) expect(mayAccess(access, 'forum'), route).toBe(false);
      else expect(mayAccess(access, 'forum'), route).toBe(mayAccess(access, 'board'));
    }
  });

  it('refuses every state-changing call with a forged or missing CSRF token, whatever the role', async () => {
    for (const { method, url, access } of ctx.app.routeTable) {
      // A link's token travels in a header no other site can make a browser send: no CSRF token needed.
      if (method === 'GET' || access === 'public' || access === 'update-request') continue;
      for (const role of ROLES) {
        const { cookie } = sessions.get(role)!;
        for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'forged' }] as Record<
          string,
          string
        >[]) {
          const reply = await call(ctx.app, method, url, headers);
          expect(reply.statusCode, `${role} ${method} ${url}`).toBe(403);
        }
      }
    }
  });
});
