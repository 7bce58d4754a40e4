import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorResponseSchema } from '@ragboard/shared';
import helmet from 'helmet';
import { afterEach, describe, expect, it } from 'vitest';
import { requestsAs } from '../test/requests';
import { createUser, signInAs, TEST_PASSWORD } from '../test/sign-in';
import { createTestApp } from '../test/test-app';
import { HELMET, securityHeaders } from './security';

let ctx: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  ctx!.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe('security headers', () => {
  it('sends a Content-Security-Policy with no inline script, and the other helmet headers, on every response', async () => {
    ctx = await createTestApp();
    for (const url of ['/api/health', '/api/plans', '/api/nowhere']) {
      const reply = await ctx.app.inject({ method: 'GET', url });
      const csp = String(reply.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['strict-transport-security']).toContain('max-age=');
      expect(reply.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('helmet’s headers worked out once', () => {
  it('are the headers helmet sets on a live response, with no fake standing in for it', async () => {
    const live = createServer((request, response) => {
      helmet(HELMET)(request, response, () => response.end());
    });
    await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = live.address() as AddressInfo;
      const sent = await fetch(`http://127.0.0.1:${port}/`);
      const once = securityHeaders(HELMET);
      // Every header helmet set, and no other: Node's own (date, connection) aside.
      const own = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
      const fromHelmet = Object.fromEntries([...sent.headers].filter(([name]) => !own.has(name)));
      expect(once).toEqual(fromHelmet);
      expect(once['content-security-policy']).toContain("script-src 'self'");
    } finally {
      await new Promise((resolve) => live.close(resolve));
    }
  });
});

describe('caching of signed-in replies', () => {
  it('keeps no copy of the sign-in’s reply, which carries the session and its CSRF token', async () => {
    ctx = await createTestApp();
    const user = await createUser(ctx.app.database.db, 'board');
    const reply = await login(user.email, TEST_PASSWORD);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toHaveProperty('csrfToken');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('keeps no copy of a signed-in reply (its CSRF token, a person’s data) unless it is a cached read', async () => {
    ctx = await createTestApp();
    const manager = await signInAs(ctx.app, 'manager');
    const as = requestsAs(ctx.app, manager);
    for (const url of ['/api/auth/me', '/api/people', '/api/my/actions']) {
      const reply = await as('GET', url);
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe('no-store');
    }
    // The plan list is a cached read, revalidated by its ETag.
    expect((await as('GET', '/api/plans')).headers['cache-control']).toBe('private, no-cache');
    // A public reply is left as its route sends it.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).headers['cache-control']).not.toBe(
      'no-store',
    );
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account: 429 with Retry-After, even with the right password', async () => {
    ctx = await createTestApp();
    const user = await createUser(ctx.app.database.db, 'board');
    for (let i = 0; i < 10; i++) {
      // Spread over addresses, so only the per-account limit can stop them.
      expect((await login(user.email, 'wrong password', `10.0.1.${i}`)).statusCode).toBe(401);
    }
    const limited = await login(user.email, TEST_PASSWORD, '10.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorResponseSchema.parse(limited.json()).error.code).toBe('rate_limited');
    const other = await createUser(ctx.app.database.db, 'board');
    expect((await login(other.email, TEST_PASSWORD, '10.0.2.2')).statusCode).toBe(200);
  });

  it('clears an account’s count when it signs in, so frequent sign-ins never lock a person out', async () => {
    ctx = await createTestApp({ loginLimits: { perAccount: 3, perAddress: 100 } });
    const user = await createUser(ctx.app.database.db, 'board');
    for (let i = 0; i < 6; i++) {
      expect((await login(user.email, 'wrong password', '10.0.4.1')).statusCode).toBe(401);
      expect((await login(user.email, TEST_PASSWORD, '10.0.4.1')).statusCode).toBe(200);
    }
    for (let i = 0; i < 3; i++)
      expect((await login(user.email, 'wrong password', '10.0.4.1')).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '10.0.4.1')).statusCode).toBe(429);
  });

  it('limits sign-in attempts per address across accounts', async () => {
    ctx = await createTestApp({ loginLimits: { perAccount: 10, perAddress: 12 } });
    for (let i = 0; i < 12; i++) {
      expect((await login(`guess-${i}@example.test`, 'wrong password', '10.0.3.1')).statusCode).toBe(401);
    }
    const limited = await login('guess-final@example.test', 'wrong password', '10.0.3.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await login('guess-final@example.test', 'wrong password', '10.0.3.2')).statusCode).toBe(401);
  });

  it('counts every request before authentication: refused, forged or lost ones too, then answers 429', async () => {
    ctx = await createTestApp({ requestsPerMinute: 5 });
    const from = (remoteAddress: string, url: string, cookie?: string) =>
      ctx!.app.inject({ method: 'GET', url, remoteAddress, headers: cookie ? { cookie } : {} });
    const forged = 'ragboard_session=made-up.c2lnbmF0dXJl';
    const refused = [
      await from('10.0.5.1', '/api/plans'),
      await from('10.0.5.1', '/api/plans', forged),
      await from('10.0.5.1', '/api/auth/me', forged),
      await from('10.0.5.1', '/api/nowhere'),
      await from('10.0.5.1', '/api/plans'),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([401, 401, 401, 404, 401]);
    for (const url of ['/api/plans', '/api/health', '/api/nowhere']) {
      const limited = await from('10.0.5.1', url, forged);
      expect(limited.statusCode, url).toBe(429);
      expect(errorResponseSchema.parse(limited.json()).error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
    const user = await createUser(ctx.app.database.db, 'board');
    expect((await login(user.email, TEST_PASSWORD, '10.0.5.1')).statusCode).toBe(429);
    // Another address has its own count.
    expect((await from('10.0.5.2', '/api/plans', forged)).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '10.0.5.2')).statusCode).toBe(200);
  });

  it('has a generous limit on the API as a whole', async () => {
    ctx = await createTestApp({ requestsPerMinute: 5 });
    for (let i = 0; i < 5; i++)
      expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const limited = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

describe('the default sign-in limits', () => {
  it('allow ten tries per account and a hundred per address in fifteen minutes', async () => {
    const { DEFAULT_LOGIN_LIMITS } = await import('../modules/credentials');
    expect(DEFAULT_LOGIN_LIMITS).toEqual({ perAccount: 10, perAddress: 100 });
  });
});
