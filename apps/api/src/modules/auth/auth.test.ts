import { errorResponseSchema, sessionReplySchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, TEST_PASSWORD } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../credentials';
import { WRONG_CREDENTIALS } from './auth.service';

let clock = new Date('2026-11-24T09:00:00Z');
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

describe('signing in and out', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, trustProxy: true });
  });
  afterAll(() => ctx.close());
  const me = (cookie?: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });

  it('signs in with email (any case) and password: the user, a CSRF token and an HttpOnly, SameSite cookie', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const reply = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
    });
    expect(reply.statusCode).toBe(200);
    const body = sessionReplySchema.parse(reply.json());
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: 'lead',
      personId: null,
    });
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    const cookie = reply.cookies.find((c) => c.name === 'ragboard_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(reply.body).not.toContain(TEST_PASSWORD);
  });

  it('marks the cookie Secure when served over HTTPS', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const reply = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(reply.cookies.find((c) => c.name === 'ragboard_session')?.secure).toBe(true);
  });

  it('refuses a wrong password and an unknown email with the same 401 and message', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const wrongPassword = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'not the password' },
    });
    const unknownEmail = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: TEST_PASSWORD },
    });
    for (const reply of [wrongPassword, unknownEmail]) {
      expect(reply.statusCode).toBe(401);
      expect(errorResponseSchema.parse(reply.json()).error).toEqual({
        code: 'unauthorised',
        message: WRONG_CREDENTIALS,
      });
      expect(reply.cookies).toHaveLength(0);
    }
  });

  it('names the missing fields of a bad sign-in', async () => {
    const reply = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: '' } });
    expect(reply.statusCode).toBe(400);
    const paths = (errorResponseSchema.parse(reply.json()).error.details as { path: string }[]).map(
      (d) => d.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('answers /me with the user for a session, and 401 without one or with a forged cookie', async () => {
    const user = await createUser(ctx.database.db, 'manager');
    const session = await signIn(ctx.app, user.email);
    expect((await me(session.cookie)).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(401);
    expect((await me(`${session.cookie}x`)).statusCode).toBe(401);
    const unsigned = session.cookie.replace(/\.[^.]*$/, '');
    expect((await me(unsigned)).statusCode).toBe(401);
  });

  it('ends the session on sign-out, which needs the CSRF token', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const session = await signIn(ctx.app, user.email);
    const forged = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(missing.statusCode).toBe(403);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect((await me(session.cookie)).statusCode).toBe(401);
  });

  it('expires a session left idle, and any session at its absolute limit', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const idle = await signIn(ctx.app, user.email);
    advance(SESSION_IDLE_MS - 60_000);
    expect((await me(idle.cookie)).statusCode).toBe(200);
    advance(SESSION_IDLE_MS + 60_000);
    expect((await me(idle.cookie)).statusCode).toBe(401);

    // Used every half idle period, it is never idle, yet ends at the absolute limit.
    const step = SESSION_IDLE_MS / 2;
    const busy = await signIn(ctx.app, user.email);
    for (let used = step; used < SESSION_ABSOLUTE_MS; used += step) {
      advance(step);
      expect((await me(busy.cookie)).statusCode).toBe(200);
    }
    advance(step);
    expect((await me(busy.cookie)).statusCode).toBe(401);
  });
});

describe('changing a password', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('needs the current password and at least 12 characters, then ends every other session', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const here = await signIn(ctx.app, user.email);
    const elsewhere = await signIn(ctx.app, user.email);
    const change = (payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: here.headers, payload });

    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'too short' });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toContain('body.newPassword');
    const wrong = await change({ currentPassword: 'not it', newPassword: 'a much longer password' });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json())).toContain('body.currentPassword');

    const ok = await change({ currentPassword: TEST_PASSWORD, newPassword: 'a much longer password' });
    expect(ok.statusCode).toBe(200);
    const renewed = ok.cookies.find((c) => c.name === 'ragboard_session')!;
    for (const old of [here, elsewhere]) {
      const reply = await ctx.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: old.cookie },
      });
      expect(reply.statusCode).toBe(401);
    }
    const fresh = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${renewed.name}=${renewed.value}` },
    });
    expect(fresh.statusCode).toBe(200);
    await expect(signIn(ctx.app, user.email)).rejects.toThrow(/401/);
    await signIn(ctx.app, user.email, 'a much longer password');
  });

  it('refuses a common or personal new password, and the same password again', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const here = await signIn(ctx.app, user.email);
    const change = (newPassword: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: here.headers,
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      });
    for (const [newPassword, message] of [
      ['passwordpassword', /harder to guess/],
      ['123456789012', /commonly used password/],
      [user.email, /Do not use your name, your email address/],
      [TEST_PASSWORD, /must not be the same as the current one/],
    ] as const) {
      const reply = await change(newPassword);
      expect(reply.statusCode, newPassword).toBe(400);
      expect(errorResponseSchema.parse(reply.json()).error.details).toEqual([
        { path: 'body.newPassword', message: expect.stringMatching(message) },
      ]);
    }
    // Nothing was changed: the session still works and the old password still signs in.
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: here.headers })).statusCode,
    ).toBe(200);
    await signIn(ctx.app, user.email);
  });

  it('limits tries at the current password: 429 with Retry-After after five, and the session asking ends', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const here = await signIn(ctx.app, user.email);
    const change = (currentPassword: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: here.headers,
        payload: { currentPassword, newPassword: 'a much longer password' },
      });
    for (let i = 0; i < 5; i++) expect((await change(`guess number ${i}`)).statusCode).toBe(400);
    const limited = await change(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorResponseSchema.parse(limited.json()).error.message).toMatch(/you have been signed out/);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: here.cookie } });
    expect(me.statusCode).toBe(401);
    // The password was never changed.
    await signIn(ctx.app, user.email);
  });
});
