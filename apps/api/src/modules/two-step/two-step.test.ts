import {
  errorResponseSchema,
  sessionReplySchema,
  twoStepEnabledSchema,
  twoStepSetupSchema,
  twoStepStatusSchema,
  userListSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoveryCodes, users } from '../../db/schema';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { createUser, type SignedIn, signInAs, TEST_PASSWORD } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { codeAt } from '../../test/two-step';
import { ResetTwoStepError, resetTwoStepByEmail } from './reset-two-step-cli';

const STEP_MS = 30_000;

/** A browser's cookie jar, as far as these tests need one. */
function cookiesOf(reply: LightMyRequestResponse) {
  return Object.fromEntries(reply.cookies.map((c) => [c.name, `${c.name}=${c.value}`]));
}

describe('two-step verification', () => {
  let clock = new Date('2026-12-01T09:00:10Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let admin: SignedIn;
  const later = (steps = 1) => {
    clock = new Date(clock.getTime() + steps * STEP_MS);
  };

  /** Signs in with the password, as the browser would: the reply, its session headers and what it still needs. */
  async function login(email: string, cookie?: string) {
    const reply = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
      headers: cookie ? { cookie } : {},
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const body = sessionReplySchema.parse(reply.json());
    const headers = { cookie: cookiesOf(reply).ragboard_session!, 'x-csrf-token': body.csrfToken };
    return { reply, body, headers, send: requestsAs(ctx.app, { headers }) };
  }

  /** Takes a manager through setting up: the secret, and the recovery codes shown once. */
  async function enrol(email: string) {
    const waiting = await login(email);
    const setup = twoStepSetupSchema.parse((await waiting.send('POST', '/api/auth/two-step/setup')).json());
    const confirmed = await waiting.send('POST', '/api/auth/two-step/setup/confirm', {
      code: codeAt(setup.secret, clock),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    return { setup, ...twoStepEnabledSchema.parse(confirmed.json()), confirmed };
  }

  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    admin = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  it('takes a manager without it to set it up: nothing else opens until a code from the app confirms it', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const waiting = await login(manager.email);
    expect(waiting.body.secondStep).toBe('enrol');
    const refused = await waiting.send('GET', '/api/plans');
    expect(refused.statusCode).toBe(403);
    expect(errorResponseSchema.parse(refused.json()).error.message).toMatch(/Set up two-step verification/);
    expect((await waiting.send('GET', '/api/auth/me')).json()).toMatchObject({ secondStep: 'enrol' });

    const started = await waiting.send('POST', '/api/auth/two-step/setup');
    expect(started.statusCode, started.body).toBe(200);
    const setup = twoStepSetupSchema.parse(started.json());
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toBe(
      `otpauth://totp/ragboard:${encodeURIComponent(manager.email)}?issuer=ragboard&secret=${setup.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(setup.qrCodeSvg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [pending] = await ctx.database.db.select().from(users).where(eq(users.id, manager.id));
    expect(pending).toMatchObject({ totpSecret: null, totpPendingSecret: setup.secret });

    const wrong = await waiting.send('POST', '/api/auth/two-step/setup/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(refusedFields(wrong.json())).toEqual(['body.code']);

    const confirmed = await waiting.send('POST', '/api/auth/two-step/setup/confirm', {
      code: codeAt(setup.secret, clock),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const enabled = twoStepEnabledSchema.parse(confirmed.json());
    expect(enabled.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.recoveryCodes).size).toBe(10);
    for (const code of enabled.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(enabled.session.secondStep).toBeNull();

    // The waiting session is replaced by a new, complete one.
    expect((await waiting.send('GET', '/api/auth/me')).statusCode).toBe(401);
    const complete = requestsAs(ctx.app, {
      headers: { cookie: cookiesOf(confirmed).ragboard_session!, 'x-csrf-token': enabled.session.csrfToken },
    });
    expect((await complete('GET', '/api/plans')).statusCode).toBe(200);
    expect(twoStepStatusSchema.parse((await complete('GET', '/api/auth/two-step')).json())).toEqual({
      enabled: true,
      enabledAt: clock.toISOString(),
      recoveryCodesLeft: 10,
      required: true,
    });

    // Kept: the secret, and the recovery codes only as hashes.
    const stored = await ctx.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, manager.id));
    expect(stored).toHaveLength(10);
    for (const code of enabled.recoveryCodes)
      expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
    expect((await auditOf(ctx.app, admin, manager.id)).map((e) => e.operation)).toEqual([
      'enable-two-step',
      'start-two-step-setup',
    ]);
    // Set up once: a second setup is refused rather than silently replacing the app's secret.
    expect((await complete('POST', '/api/auth/two-step/setup')).statusCode).toBe(409);
  });

  it('asks for a code at every sign-in, takes each code from the app once, and each recovery code once', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const { setup, recoveryCodes: codes } = await enrol(manager.email);

    const first = await login(manager.email);
    expect(first.body.secondStep).toBe('verify');
    expect((await first.send('GET', '/api/plans')).json().error.message).toMatch(/Enter the code/);
    // The code that set it up was spent: the same 30 seconds' code is refused, then the next one works.
    const replayed = await first.send('POST', '/api/auth/two-step/verify', {
      code: codeAt(setup.secret, clock),
    });
    expect(replayed.statusCode).toBe(400);
    later();
    const code = codeAt(setup.secret, clock);
    const verified = await first.send('POST', '/api/auth/two-step/verify', {
      code: code.replace(/(\d{3})/, '$1 '),
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(sessionReplySchema.parse(verified.json()).secondStep).toBeNull();
    expect(verified.cookies.find((c) => c.name === 'ragboard_trusted')).toBeUndefined();
    const signedIn = { cookie: cookiesOf(verified).ragboard_session! };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/plans', headers: signedIn })).statusCode).toBe(
      200,
    );

    // The same code again, from another sign-in within its 30 seconds: refused.
    const second = await login(manager.email);
    expect((await second.send('POST', '/api/auth/two-step/verify', { code })).statusCode).toBe(400);
    // A recovery code, typed in capitals without its hyphen, works once.
    const recovery = codes[3]!;
    const byRecovery = await second.send('POST', '/api/auth/two-step/verify', {
      code: recovery.replace('-', '').toUpperCase(),
    });
    expect(byRecovery.statusCode, byRecovery.body).toBe(200);
    const third = await login(manager.email);
    expect((await third.send('POST', '/api/auth/two-step/verify', { code: recovery })).statusCode).toBe(400);
    const status = await ctx.app.inject({ method: 'GET', url: '/api/auth/two-step', headers: signedIn });
    expect(twoStepStatusSchema.parse(status.json()).recoveryCodesLeft).toBe(9);
    const audit = await auditOf(ctx.app, admin, manager.id);
    expect(audit.filter((e) => e.operation === 'verify-two-step').map((e) => e.after)).toEqual([
      { method: 'recovery-code', recoveryCodesLeft: 9 },
      { method: 'app' },
    ]);
  });

  it('lets exactly one of two sign-ins racing with the same code through', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const { setup } = await enrol(manager.email);
    later();
    const [a, b] = [await login(manager.email), await login(manager.email)];
    const code = codeAt(setup.secret, clock);
    const replies = await Promise.all([
      a.send('POST', '/api/auth/two-step/verify', { code }),
      b.send('POST', '/api/auth/two-step/verify', { code }),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('ends the session after five wrong codes: 429 with Retry-After', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    await enrol(manager.email);
    const waiting = await login(manager.email);
    for (let i = 0; i < 5; i++)
      expect((await waiting.send('POST', '/api/auth/two-step/verify', { code: '123456' })).statusCode).toBe(
        400,
      );
    const refused = await waiting.send('POST', '/api/auth/two-step/verify', { code: '123456' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json().error.message).toMatch(/Too many wrong codes: you have been signed out/);
    expect((await waiting.send('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('skips the code for 30 days on a browser the person chose to trust, for that account only', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const other = await createUser(ctx.database.db, 'manager');
    const { setup } = await enrol(manager.email);
    await enrol(other.email);
    later();
    const waiting = await login(manager.email);
    const verified = await waiting.send('POST', '/api/auth/two-step/verify', {
      code: codeAt(setup.secret, clock),
      rememberBrowser: true,
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const trusted = verified.cookies.find((c) => c.name === 'ragboard_trusted')!;
    expect(trusted).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth' });
    expect(new Date(trusted.expires!).toISOString()).toBe(
      new Date(clock.getTime() + 30 * 86_400_000).toISOString(),
    );
    const jar = cookiesOf(verified).ragboard_trusted!;

    expect((await login(manager.email, jar)).body.secondStep).toBeNull();
    expect((await login(other.email, jar)).body.secondStep).toBe('verify');
    expect((await login(manager.email, `${jar.slice(0, -2)}xx`)).body.secondStep).toBe('verify');
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    expect((await login(manager.email, jar)).body.secondStep).toBe('verify');
    admin = await signInAs(ctx.app, 'manager'); // the earlier session is past its 12 hours
  });

  it('is optional for everyone else, who may turn it off with their password; a manager may not', async () => {
    const lead = await createUser(ctx.database.db, 'lead');
    const plain = await login(lead.email);
    expect(plain.body.secondStep).toBeNull();
    expect(twoStepStatusSchema.parse((await plain.send('GET', '/api/auth/two-step')).json())).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      required: false,
    });
    const setup = twoStepSetupSchema.parse((await plain.send('POST', '/api/auth/two-step/setup')).json());
    const on = await plain.send('POST', '/api/auth/two-step/setup/confirm', {
      code: codeAt(setup.secret, clock),
    });
    expect(on.statusCode).toBe(200);
    // Already complete, the session stays as it was.
    expect(on.cookies.find((c) => c.name === 'ragboard_session')).toBeUndefined();
    expect((await login(lead.email)).body.secondStep).toBe('verify');

    const wrong = await plain.send('POST', '/api/auth/two-step/turn-off', { password: 'not my password' });
    expect(wrong.statusCode).toBe(400);
    expect(refusedFields(wrong.json())).toEqual(['body.password']);
    expect(
      (await plain.send('POST', '/api/auth/two-step/turn-off', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);
    expect((await login(lead.email)).body.secondStep).toBeNull();
    expect((await auditOf(ctx.app, admin, lead.id)).map((e) => e.operation)).toContain('turn-off-two-step');

    const turnOff = await requestsAs(ctx.app, admin)('POST', '/api/auth/two-step/turn-off', {
      password: TEST_PASSWORD,
    });
    expect(turnOff.statusCode).toBe(403);
  });

  it('gives ten new recovery codes for a code from the app; the old ones stop working', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const { setup, recoveryCodes: old, confirmed } = await enrol(manager.email);
    const headers = {
      cookie: cookiesOf(confirmed).ragboard_session!,
      'x-csrf-token': twoStepEnabledSchema.parse(confirmed.json()).session.csrfToken,
    };
    const send = requestsAs(ctx.app, { headers });
    expect((await send('POST', '/api/auth/two-step/recovery-codes', { code: old[0]! })).statusCode).toBe(400);
    later();
    const fresh = await send('POST', '/api/auth/two-step/recovery-codes', {
      code: codeAt(setup.secret, clock),
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    const codes = fresh.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    const waiting = await login(manager.email);
    expect((await waiting.send('POST', '/api/auth/two-step/verify', { code: old[1]! })).statusCode).toBe(400);
    expect((await waiting.send('POST', '/api/auth/two-step/verify', { code: codes[0]! })).statusCode).toBe(
      200,
    );
  });

  it('lets a manager reset someone’s second factor, audited: their sessions and trusted browsers end', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const { setup } = await enrol(manager.email);
    later();
    const waiting = await login(manager.email);
    const verified = await waiting.send('POST', '/api/auth/two-step/verify', {
      code: codeAt(setup.secret, clock),
      rememberBrowser: true,
    });
    const jar = cookiesOf(verified);
    const list = userListSchema.parse((await requestsAs(ctx.app, admin)('GET', '/api/users')).json());
    expect(list.users.find((u) => u.id === manager.id)?.twoStepEnabled).toBe(true);

    const lead = await signInAs(ctx.app, 'lead');
    expect((await requestsAs(ctx.app, lead)('DELETE', `/api/users/${manager.id}/two-step`)).statusCode).toBe(
      403,
    );
    const unknown = await requestsAs(ctx.app, admin)(
      'DELETE',
      '/api/users/00000000-0000-4000-8000-000000000000/two-step',
    );
    expect(unknown.statusCode).toBe(404);
    const reset = await requestsAs(ctx.app, admin)('DELETE', `/api/users/${manager.id}/two-step`);
    expect(reset.statusCode).toBe(204);

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: jar.ragboard_session! },
    });
    expect(me.statusCode).toBe(401);
    expect((await login(manager.email, jar.ragboard_trusted)).body.secondStep).toBe('enrol');
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, manager.id));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    const entry = (await auditOf(ctx.app, admin, manager.id)).find((e) => e.operation === 'reset-two-step');
    expect(entry?.actor).toBeTruthy();
  });

  it('refuses a manager resetting their own second factor, which another manager still may', async () => {
    const manager = await createUser(ctx.database.db, 'manager');
    const { setup } = await enrol(manager.email);
    later();
    const waiting = await login(manager.email);
    const verified = await waiting.send('POST', '/api/auth/two-step/verify', {
      code: codeAt(setup.secret, clock),
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const own = requestsAs(ctx.app, {
      headers: { cookie: cookiesOf(verified).ragboard_session!, 'x-csrf-token': verified.json().csrfToken },
    });

    const refused = await own('DELETE', `/api/users/${manager.id}/two-step`);
    expect(refused.statusCode).toBe(403);
    expect(errorResponseSchema.parse(refused.json()).error.message).toBe(
      'You cannot reset your own two-step verification: another partnership manager can reset it for you',
    );
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, manager.id));
    expect(row!.totpEnabledAt).not.toBeNull();
    expect((await own('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await auditOf(ctx.app, admin, manager.id)).map((e) => e.operation)).not.toContain(
      'reset-two-step',
    );

    expect((await requestsAs(ctx.app, admin)('DELETE', `/api/users/${manager.id}/two-step`)).statusCode).toBe(
      204,
    );
  });

  it('is reset from the server’s shell for a manager with no other manager to ask', async () => {
    const manager = await createUser(ctx.database.db, 'manager', { email: 'only.manager@example.test' });
    await enrol(manager.email);
    await expect(resetTwoStepByEmail(ctx.database.db, 'nobody@example.test')).rejects.toThrow(
      ResetTwoStepError,
    );
    await resetTwoStepByEmail(ctx.database.db, 'ONLY.manager@example.test', () => clock);
    expect((await login(manager.email)).body.secondStep).toBe('enrol');
    const entry = (await auditOf(ctx.app, admin, manager.id)).find((e) => e.operation === 'reset-two-step');
    expect(entry).toMatchObject({ actor: null });
  });
});
