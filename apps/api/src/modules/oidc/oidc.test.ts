import { authOptionsSchema, errorResponseSchema, sessionReplySchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import type { OidcConfig } from '../../config';
import { type ProviderAccount, startOidcProvider, type TestOidcProvider } from '../../test/oidc-provider';
import { auditOf } from '../../test/requests';
import { createUser, signIn, signInAs, TEST_PASSWORD } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { freePort } from '../../test/waiting';

const PUBLIC_URL = 'http://ragboard.test';

describe('signing in with the organisation’s account (OpenID Connect)', () => {
  let provider: TestOidcProvider;
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let oidc: OidcConfig;
  let offsetMs = 0;
  const others: App[] = [];

  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUris: [`${PUBLIC_URL}/api/auth/oidc/callback`] });
    oidc = {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      label: 'Sign in with Test Provider',
      allowedDomains: [],
      only: false,
      publicUrl: PUBLIC_URL,
    };
    ctx = await createTestApp({ oidc, requestsPerMinute: false, now: () => new Date(Date.now() + offsetMs) });
  });
  afterAll(async () => {
    for (const app of others) await app.close();
    await ctx.close();
    await provider.close();
  });

  /** Another app on the same database, configured otherwise. */
  const appWith = async (changes: Partial<OidcConfig> | null) => {
    const other = await createTestApp({
      database: ctx.database,
      oidc: changes ? { ...oidc, ...changes } : null,
      requestsPerMinute: false,
    });
    others.push(other.app);
    return other.app;
  };

  /** The cookie a sign-in's state waits in: one for each sign-in started, named by its state. */
  const stateCookie = (reply: { cookies: { name: string; value: string }[] }) =>
    reply.cookies.find((c) => c.name.startsWith('ragboard_oidc_'));

  const start = async (app: App, returnTo = '/plans') => {
    const reply = await app.inject({ url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
    expect(reply.statusCode, reply.body).toBe(302);
    const kept = stateCookie(reply);
    return { location: reply.headers.location!, cookie: kept ? `${kept.name}=${kept.value}` : '' };
  };

  const callback = (app: App, url: URL, cookie: string) =>
    app.inject({ url: `${url.pathname}${url.search}`, headers: cookie ? { cookie } : {} });

  /** From the button to the app's callback, the person signing in at the provider as `login`. */
  const signInAtProvider = async (
    account: ProviderAccount,
    app: App = ctx.app,
    returnTo?: string,
    at: TestOidcProvider = provider,
  ) => {
    const login = `person-${Math.random().toString(36).slice(2)}`;
    at.accounts.set(login, account);
    const started = await start(app, returnTo);
    const back = await at.signIn(started.location, login);
    return { ...started, back, reply: await callback(app, back, started.cookie) };
  };

  const problemOf = (reply: { statusCode: number; headers: Record<string, unknown> }) => {
    expect(reply.statusCode).toBe(302);
    const location = new URL(String(reply.headers.location), PUBLIC_URL);
    expect(location.pathname).toBe('/sign-in/problem');
    return Object.fromEntries(location.searchParams);
  };

  const sessionCookie = (reply: { cookies: { name: string; value: string }[] }) =>
    reply.cookies.find((c) => c.name === 'ragboard_session' && c.value);

  it('signs in an existing account matched by email, case aside, and returns to the page asked for', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const { location, reply } = await signInAtProvider(
      { email: user.email.toUpperCase(), email_verified: true },
      ctx.app,
      '/plans?view=all',
    );
    const authorise = new URL(location);
    expect(authorise.origin).toBe(provider.issuer);
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorise.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    expect(authorise.searchParams.get('nonce')).toBeTruthy();

    expect(reply.statusCode).toBe(302);
    expect(reply.headers.location).toBe('/plans?view=all');
    const kept = stateCookie(reply);
    expect(kept?.value).toBe('');
    const cookie = sessionCookie(reply)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const me = await ctx.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `ragboard_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(sessionReplySchema.parse(me.json()).user).toMatchObject({ id: user.id, role: 'board' });

    const manager = await signInAs(ctx.app, 'manager');
    expect((await auditOf(ctx.app, manager, user.id)).map((e) => e.operation)).toEqual(['sign-in-oidc']);
  });

  it('trusts the provider’s own second factor: a manager without two-step verification is signed in whole', async () => {
    const user = await createUser(ctx.database.db, 'manager');
    const { reply } = await signInAtProvider({ email: user.email, email_verified: true });
    const cookie = { cookie: `ragboard_session=${sessionCookie(reply)!.value}` };
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: cookie });
    expect(sessionReplySchema.parse(me.json())).toMatchObject({
      user: { role: 'manager' },
      secondStep: null,
    });
    expect((await ctx.app.inject({ url: '/api/users', headers: cookie })).statusCode).toBe(200);
    // The same account's password sign-in still has to set it up.
    const byPassword = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(sessionReplySchema.parse(byPassword.json()).secondStep).toBe('enrol');
  });

  it('keeps the state in a signed, httpOnly, SameSite=Lax cookie for ten minutes, and only a path on this site', async () => {
    const reply = await ctx.app.inject({ url: '/api/auth/oidc/start?returnTo=//evil.example/x' });
    const kept = stateCookie(reply)!;
    expect(kept).toMatchObject({ httpOnly: true, sameSite: 'Lax', maxAge: 600, path: '/api/auth/oidc' });
    expect(kept.name).toBe(`ragboard_oidc_${new URL(reply.headers.location!).searchParams.get('state')}`);
    const user = await createUser(ctx.database.db, 'lead');
    provider.accounts.set('returning', { email: user.email, email_verified: true });
    const back = await provider.signIn(reply.headers.location!, 'returning');
    const done = await callback(ctx.app, back, `${kept.name}=${kept.value}`);
    expect(done.headers.location).toBe('/');
    expect(sessionCookie(done)).toBeTruthy();
  });

  it('takes Microsoft Entra ID’s xms_edov in place of an absent email_verified', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const { reply } = await signInAtProvider({ email: user.email, xms_edov: true });
    expect(reply.headers.location).toBe('/plans');
    expect(sessionCookie(reply)).toBeTruthy();
  });

  it('reads the email from the ID token when the provider has no userinfo endpoint', async () => {
    const bare = await startOidcProvider({
      redirectUris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
      userinfo: false,
    });
    try {
      const app = await appWith({
        issuer: bare.issuer,
        clientId: bare.clientId,
        clientSecret: bare.clientSecret,
      });
      const user = await createUser(ctx.database.db, 'lead');
      const { reply } = await signInAtProvider(
        { email: user.email, xms_edov: true },
        app,
        '/my-actions',
        bare,
      );
      expect(reply.headers.location).toBe('/my-actions');
      expect(sessionCookie(reply)).toBeTruthy();
    } finally {
      await bare.close();
    }
  });

  it('refuses a callback whose state is not one this browser started with', async () => {
    const user = await createUser(ctx.database.db, 'board');
    provider.accounts.set('state-check', { email: user.email, email_verified: true });
    const first = await start(ctx.app);
    const second = await start(ctx.app);
    const back = await provider.signIn(first.location, 'state-check');
    const reply = await callback(ctx.app, back, second.cookie);
    expect(problemOf(reply)).toEqual({ reason: 'expired' });
    expect(sessionCookie(reply)).toBeUndefined();
    // Another sign-in's state in this sign-in's cookie is refused too, though signed by this site.
    const [, value] = second.cookie.split('=');
    const swapped = `ragboard_oidc_${new URL(first.location).searchParams.get('state')}=${value}`;
    expect(problemOf(await callback(ctx.app, back, swapped))).toEqual({ reason: 'expired' });
  });

  it('finishes sign-ins started in two tabs of one browser, each on its own', async () => {
    const first = await createUser(ctx.database.db, 'board');
    const second = await createUser(ctx.database.db, 'lead');
    provider.accounts.set('tab-one', { email: first.email, email_verified: true });
    provider.accounts.set('tab-two', { email: second.email, email_verified: true });
    const one = await start(ctx.app, '/plans');
    const two = await start(ctx.app, '/my-actions');
    // The browser sends both cookies with each callback.
    const jar = `${one.cookie}; ${two.cookie}`;
    const backTwo = await provider.signIn(two.location, 'tab-two');
    const backOne = await provider.signIn(one.location, 'tab-one');
    const doneOne = await callback(ctx.app, backOne, jar);
    expect(doneOne.headers.location).toBe('/plans');
    expect(sessionCookie(doneOne)).toBeTruthy();
    const doneTwo = await callback(ctx.app, backTwo, jar);
    expect(doneTwo.headers.location).toBe('/my-actions');
    expect(sessionCookie(doneTwo)).toBeTruthy();
  });

  it('refuses a callback without the state cookie, or after ten minutes', async () => {
    const user = await createUser(ctx.database.db, 'board');
    provider.accounts.set('late', { email: user.email, email_verified: true });
    const started = await start(ctx.app);
    const back = await provider.signIn(started.location, 'late');
    expect(problemOf(await callback(ctx.app, back, ''))).toEqual({ reason: 'expired' });
    const state = new URL(started.location).searchParams.get('state');
    const forged = `ragboard_oidc_${state}=${encodeURIComponent(JSON.stringify({ state }))}`;
    expect(problemOf(await callback(ctx.app, back, forged))).toEqual({ reason: 'expired' });
    offsetMs = 11 * 60 * 1000;
    try {
      expect(problemOf(await callback(ctx.app, back, started.cookie))).toEqual({ reason: 'expired' });
    } finally {
      offsetMs = 0;
    }
  });

  it('refuses a code used twice, even with the same cookie', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const { back, cookie, reply } = await signInAtProvider({ email: user.email, email_verified: true });
    expect(sessionCookie(reply)).toBeTruthy();
    const replayed = await callback(ctx.app, back, cookie);
    expect(problemOf(replayed)).toEqual({ reason: 'failed' });
    expect(sessionCookie(replayed)).toBeUndefined();
  });

  it('refuses an email the provider has not verified', async () => {
    const user = await createUser(ctx.database.db, 'board');
    const { reply } = await signInAtProvider({ email: user.email, email_verified: false });
    expect(problemOf(reply)).toEqual({ reason: 'unverified-email', email: user.email });
    const unsaid = await signInAtProvider({ email: user.email });
    expect(problemOf(unsaid.reply)).toEqual({ reason: 'unverified-email', email: user.email });
    expect(sessionCookie(unsaid.reply)).toBeUndefined();
  });

  it('refuses a provider that sends no email', async () => {
    const { reply } = await signInAtProvider({});
    expect(problemOf(reply)).toEqual({ reason: 'no-email' });
  });

  it('creates no account for an unknown email', async () => {
    const email = 'nobody.here@example.test';
    const { reply } = await signInAtProvider({ email, email_verified: true });
    expect(problemOf(reply)).toEqual({ reason: 'unknown-email', email });
    expect(sessionCookie(reply)).toBeUndefined();
    await expect(signIn(ctx.app, email, TEST_PASSWORD)).rejects.toThrow(/401/);
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(ctx.database.db, 'lead', { active: false });
    const { reply } = await signInAtProvider({ email: user.email, email_verified: true });
    expect(problemOf(reply)).toEqual({ reason: 'disabled', email: user.email });
    expect(sessionCookie(reply)).toBeUndefined();
  });

  it('signs in only addresses in OIDC_ALLOWED_DOMAINS when they are set', async () => {
    const app = await appWith({ allowedDomains: ['council.gov.uk', 'example.test'] });
    const inside = await createUser(ctx.database.db, 'board');
    expect(
      (await signInAtProvider({ email: inside.email, email_verified: true }, app)).reply.headers.location,
    ).toBe('/plans');
    const outside = await createUser(ctx.database.db, 'board', { email: 'someone@elsewhere.org' });
    const narrow = await appWith({ allowedDomains: ['council.gov.uk'] });
    const { reply } = await signInAtProvider({ email: outside.email, email_verified: true }, narrow);
    expect(problemOf(reply)).toEqual({ reason: 'domain', email: outside.email });
  });

  it('says the person cancelled when the provider answers access_denied', async () => {
    const started = await start(ctx.app);
    const state = new URL(started.location).searchParams.get('state')!;
    const back = new URL(`${PUBLIC_URL}/api/auth/oidc/callback?error=access_denied&state=${state}`);
    expect(problemOf(await callback(ctx.app, back, started.cookie))).toEqual({ reason: 'cancelled' });
  });

  it('says the provider reported a problem for any other error it answers', async () => {
    const started = await start(ctx.app);
    const state = new URL(started.location).searchParams.get('state')!;
    const back = new URL(`${PUBLIC_URL}/api/auth/oidc/callback?error=server_error&state=${state}`);
    expect(problemOf(await callback(ctx.app, back, started.cookie))).toEqual({ reason: 'provider-error' });
  });

  it('sends the button to the problem page, not a 5xx, when the provider cannot be reached', async () => {
    const app = await appWith({ issuer: `http://127.0.0.1:${await freePort()}` });
    expect(problemOf(await app.inject({ url: '/api/auth/oidc/start' }))).toEqual({ reason: 'unreachable' });
  });

  it('says how people sign in: password, the provider, or only the provider (OIDC_ONLY)', async () => {
    const options = async (app: App) =>
      authOptionsSchema.parse((await app.inject({ url: '/api/auth/options' })).json());
    expect(await options(ctx.app)).toEqual({ password: true, oidc: { label: 'Sign in with Test Provider' } });
    const none = await appWith(null);
    expect(await options(none)).toEqual({ password: true, oidc: null });
    const notSetUp = await none.inject({ url: '/api/auth/oidc/start' });
    expect(notSetUp.statusCode).toBe(404);
    expect(errorResponseSchema.parse(notSetUp.json()).error.code).toBe('not_found');

    const only = await appWith({ only: true });
    expect(await options(only)).toEqual({ password: false, oidc: { label: 'Sign in with Test Provider' } });
    const user = await createUser(ctx.database.db, 'manager');
    const refused = await only.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    const { error } = errorResponseSchema.parse(refused.json());
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/organisation’s account/);
    expect(sessionCookie(refused)).toBeUndefined();
  });
});
