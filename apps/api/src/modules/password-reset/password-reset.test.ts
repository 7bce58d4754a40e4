import {
  outboxListSchema,
  PASSWORD_RESET_LINK_GONE,
  PASSWORD_RESET_SENT,
  passwordResetCheckReplySchema,
} from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { requestsAs } from '../../test/requests';
import { createUser, type SignedIn, signIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const NEW_PASSWORD = 'plum orchard lantern ferry';

describe('forgotten password', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let clock = new Date('2026-12-07T10:00:00Z');
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager');
  });
  afterAll(() => ctx.close());

  const ask = (email: string, remoteAddress = '10.0.0.1', app: App = ctx.app) =>
    app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress });
  const check = (token: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/check', payload: { token } });
  const setPassword = (token: string, newPassword = NEW_PASSWORD) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/new-password',
      payload: { token, newPassword },
    });
  const accountEmails = async () =>
    outboxListSchema.parse((await requestsAs(ctx.app, manager)('GET', '/api/account-emails')).json())
      .messages;
  /** The token of the newest reset link sent to `email`, read from the outbox. */
  async function linkSentTo(email: string) {
    const message = (await accountEmails()).find((m) => m.toAddress === email);
    const token = message?.body.match(/\/reset-password\/([A-Za-z0-9_-]{43})/)?.[1];
    if (!token) throw new Error(`no reset link for ${email}`);
    return token;
  }
  const auditOps = async (userId: string) =>
    (await requestsAs(ctx.app, manager)('GET', `/api/audit?entityId=${userId}`))
      .json()
      .entries.map((e: { operation: string }) => e.operation);

  it('emails a link that sets a new password once, ends every session, and audits both steps', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    const session = await signIn(ctx.app, user.email);
    const reply = await ask(user.email.toUpperCase());
    expect(reply.statusCode).toBe(202);
    expect(reply.json()).toEqual({ message: PASSWORD_RESET_SENT });
    const [sent] = await accountEmails();
    expect(sent).toMatchObject({
      kind: 'password-reset',
      toAddress: user.email,
      subject: 'Reset your ragboard password',
      state: 'queued',
    });
    const token = await linkSentTo(user.email);
    expect(passwordResetCheckReplySchema.parse((await check(token)).json())).toEqual({
      email: user.email,
      expiresAt: '2026-12-07T11:00:00.000Z',
    });

    const weak = await setPassword(token, 'password1');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');

    expect((await setPassword(token)).statusCode).toBe(204);
    // The session that was open is over; the new password signs in, the old one does not.
    expect((await requestsAs(ctx.app, session)('GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(signIn(ctx.app, user.email)).rejects.toThrow(/401/);
    expect((await signIn(ctx.app, user.email, NEW_PASSWORD)).userId).toBe(user.id);

    // Single use: the link is spent.
    const again = await setPassword(token, 'another quite long passphrase here');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe(PASSWORD_RESET_LINK_GONE);
    expect((await check(token)).statusCode).toBe(404);
    expect(await auditOps(user.id)).toEqual(
      expect.arrayContaining(['password-reset-requested', 'password-reset']),
    );
  });

  it('stores only the link’s hash, never the token itself', async () => {
    const user = await createUser(ctx.database.db, 'board');
    await ask(user.email);
    const token = await linkSentTo(user.email);
    const rows = await ctx.database.db.execute(
      `select token_hash from password_resets where user_id = '${user.id}'`,
    );
    const hashes = (rows as unknown as { rows: { token_hash: string }[] }).rows.map((r) => r.token_hash);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).not.toContain(token);
  });

  it('lets a link work for one hour by the app’s clock, and no longer', async () => {
    const user = await createUser(ctx.database.db, 'forum');
    await ask(user.email);
    const token = await linkSentTo(user.email);
    const start = clock;
    try {
      clock = new Date(start.getTime() + 59 * 60_000);
      expect((await check(token)).statusCode).toBe(200);
      clock = new Date(start.getTime() + 60 * 60_000);
      expect((await check(token)).statusCode).toBe(404);
      expect((await setPassword(token)).statusCode).toBe(404);
    } finally {
      clock = start;
    }
    await expect(signIn(ctx.app, user.email, NEW_PASSWORD)).rejects.toThrow(/401/);
  });

  it('gives the same reply for an unknown or deactivated address, and sends nothing', async () => {
    const inactive = await createUser(ctx.database.db, 'board', { active: false });
    const before = (await accountEmails()).length;
    const known = await createUser(ctx.database.db, 'board');
    const replies = await Promise.all(
      ['nobody-here@example.test', inactive.email, known.email].map((email, i) => ask(email, `10.0.1.${i}`)),
    );
    expect(replies.map((r) => [r.statusCode, r.body])).toEqual(
      replies.map(() => [202, JSON.stringify({ message: PASSWORD_RESET_SENT })]),
    );
    const after = await accountEmails();
    expect(after.length - before).toBe(1);
    expect(after[0]!.toAddress).toBe(known.email);
  });

  it('limits links per address asked for and per IP, alike for unknown addresses', async () => {
    const user = await createUser(ctx.database.db, 'lead');
    for (let i = 0; i < 3; i++) expect((await ask(user.email, `10.0.2.${i}`)).statusCode).toBe(202);
    const tooMany = await ask(user.email, '10.0.2.9');
    expect(tooMany.statusCode).toBe(429);
    expect(tooMany.json().error.code).toBe('rate_limited');
    expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
    // An address with no account is counted the same, so the limit tells nothing either.
    for (let i = 0; i < 3; i++) await ask('nobody-else@example.test', `10.0.3.${i}`);
    expect((await ask('nobody-else@example.test', '10.0.3.9')).statusCode).toBe(429);

    // One IP asking for many addresses.
    const replies = [];
    for (let i = 0; i < 21; i++)
      replies.push((await ask(`someone-${i}@example.test`, '10.0.4.1')).statusCode);
    expect(replies.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(replies[20]).toBe(429);
  });

  it('refuses where everyone signs in with the organisation’s account (OIDC_ONLY)', async () => {
    const only = await createTestApp({
      database: ctx.database,
      now: () => clock,
      requestsPerMinute: false,
      oidc: {
        issuer: 'https://login.example.test',
        clientId: 'client',
        clientSecret: 'secret',
        label: 'Sign in with Test Provider',
        allowedDomains: [],
        only: true,
        publicUrl: null,
      },
    });
    try {
      const user = await createUser(ctx.database.db, 'lead');
      const refused = await ask(user.email, '10.0.5.1', only.app);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/sign in with your organisation’s account/);
      const resetting = await only.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/new-password',
        payload: { token: 'a'.repeat(43), newPassword: NEW_PASSWORD },
      });
      expect(resetting.statusCode).toBe(403);
    } finally {
      await only.app.close();
    }
  });

  it('lists account emails to the manager only', async () => {
    const lead = await signInAs(ctx.app, 'lead');
    expect((await requestsAs(ctx.app, lead)('GET', '/api/account-emails')).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/account-emails' })).statusCode).toBe(401);
  });
});
