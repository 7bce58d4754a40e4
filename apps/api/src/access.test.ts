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

  it('lets the forum read wherever the board reads, and write only comments and challenges', () => {
    const forumWrites = ['POST /api/actions/:actionId/comments', 'POST /api/actions/:actionId/challenges'];
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
