import {
  apiTokenCreatedSchema,
  apiTokenListSchema,
  apiTokenSchema,
  errorResponseSchema,
  planListSchema,
  reportListSchema,
} from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, users } from '../../db/schema';
import { createPlan } from '../../test/factories';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

describe('read-only API tokens for reporting tools', () => {
  let clock = new Date('2026-11-24T12:00:00Z');
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let send: ReturnType<typeof requestsAs>;
  const bearer =
    (token: string) =>
    (url: string, method: 'GET' | 'POST' | 'PATCH' = 'GET', payload?: object) =>
      ctx.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
  const make = async (name = 'Power BI', expiresInDays = 90) => {
    const reply = await send('POST', '/api/api-tokens', { name, expiresInDays });
    expect(reply.statusCode, reply.body).toBe(201);
    return apiTokenCreatedSchema.parse(reply.json());
  };
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    manager = await signInAs(ctx.app, 'manager', { displayName: 'Partnership Manager' });
    send = requestsAs(ctx.app, manager);
  });
  afterAll(() => ctx.close());

  it('shows a new token once, keeps only its hash, and lists it with its expiry, audited', async () => {
    const { apiToken, token } = await make('Power BI board dashboard', 30);
    expect(token).toMatch(/^rgb_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'Power BI board dashboard',
      createdBy: 'Partnership Manager',
      expiresAt: '2026-12-24T12:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
    });
    const [row] = await ctx.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(row!.tokenHash).not.toContain(token.slice(4));
    const listed = await send('GET', '/api/api-tokens');
    expect(listed.body).not.toContain(token);
    expect(apiTokenListSchema.parse(listed.json()).tokens.map((t) => t.id)).toContain(apiToken.id);
    expect((await auditOf(ctx.app, manager, apiToken.id)).map((e) => e.operation)).toEqual(['create']);
  });

  it('reads the plan list, tree, summary, KPIs and published reports, noting when it was last used', async () => {
    const plan = await createPlan(ctx.database.db, [1, 1, 2], 'Plan read by Power BI');
    const draft = await send('POST', `/api/plans/${plan.id}/reports`, {
      period: '2026-10',
      title: 'Draft pack',
    });
    const published = await send('POST', `/api/plans/${plan.id}/reports`, {
      period: '2026-10',
      title: 'Published pack',
    });
    expect((await send('POST', `/api/reports/${published.json().id}/publish`)).statusCode).toBe(200);
    const { apiToken, token } = await make();
    const read = bearer(token);

    const plans = planListSchema.parse((await read('/api/plans')).json()).plans;
    expect(plans.map((p) => p.id)).toContain(plan.id);
    for (const url of [
      `/api/plans/${plan.id}`,
      `/api/plans/${plan.id}/summary`,
      `/api/plans/${plan.id}/kpis`,
      `/api/reports/${published.json().id}`,
      `/api/reports/${published.json().id}/export?format=csv`,
    ]) {
      expect((await read(url)).statusCode, url).toBe(200);
    }
    // As a board member reads: published reports only.
    const reports = reportListSchema.parse((await read(`/api/plans/${plan.id}/reports`)).json()).reports;
    expect(reports.map((r) => r.title)).toEqual(['Published pack']);
    expect((await read(`/api/reports/${draft.json().id}`)).statusCode).toBe(404);

    const [row] = await ctx.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(row!.lastUsedAt?.toISOString()).toBe(clock.toISOString());
  });

  it('never writes, never reads accounts, audit or backup, whatever else comes with it', async () => {
    const { token } = await make();
    const read = bearer(token);
    for (const url of [
      '/api/users',
      '/api/audit',
      '/api/backup',
      '/api/api-tokens',
      '/api/my/actions',
      '/api/people',
    ]) {
      const reply = await read(url);
      expect(reply.statusCode, url).toBe(403);
      expect(errorResponseSchema.parse(reply.json()).error.message).toMatch(/An API token reads the plans/);
    }
    const write = await read('/api/plans', 'POST', {
      title: 'x',
      periodStart: '2027-01',
      periodEnd: '2027-12',
    });
    expect(write.statusCode).toBe(403);
    // A manager's cookie alongside does not turn the token into the manager.
    const both = await ctx.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { ...manager.headers, authorization: `Bearer ${token}` },
    });
    expect(both.statusCode).toBe(403);
  });

  it('stops working when revoked, when expired, when its manager is deactivated, or when it is wrong', async () => {
    const revoked = await make('To revoke');
    expect((await bearer(revoked.token)('/api/plans')).statusCode).toBe(200);
    const reply = await send('POST', `/api/api-tokens/${revoked.apiToken.id}/revoke`);
    expect(reply.statusCode).toBe(200);
    expect(apiTokenSchema.parse(reply.json()).revokedAt).toBe(clock.toISOString());
    expect((await bearer(revoked.token)('/api/plans')).statusCode).toBe(401);
    expect((await send('POST', `/api/api-tokens/${revoked.apiToken.id}/revoke`)).statusCode).toBe(200);
    expect((await auditOf(ctx.app, manager, revoked.apiToken.id)).map((e) => e.operation).sort()).toEqual([
      'create',
      'revoke',
    ]);

    const shortLived = await make('One day', 1);
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    expect((await bearer(shortLived.token)('/api/plans')).statusCode).toBe(401);

    const other = await signInAs(ctx.app, 'manager');
    const created = await requestsAs(ctx.app, other)('POST', '/api/api-tokens', {
      name: 'Theirs',
      expiresInDays: 30,
    });
    const theirs = apiTokenCreatedSchema.parse(created.json());
    expect((await bearer(theirs.token)('/api/plans')).statusCode).toBe(200);
    await ctx.database.db.update(users).set({ active: false }).where(eq(users.id, other.userId));
    expect((await bearer(theirs.token)('/api/plans')).statusCode).toBe(401);

    const wrong = await bearer('rgb_not-a-token')('/api/plans');
    expect(wrong.statusCode).toBe(401);
    expect(errorResponseSchema.parse(wrong.json()).error.message).toMatch(/not valid/);
  });

  it('is made and revoked by the manager alone, with a name and a life of 1 to 366 days', async () => {
    // A new session: the clock has moved on past the first one's idle limit.
    const send = requestsAs(ctx.app, await signInAs(ctx.app, 'manager'));
    const board = await signInAs(ctx.app, 'board');
    expect((await requestsAs(ctx.app, board)('GET', '/api/api-tokens')).statusCode).toBe(403);
    expect(
      (await requestsAs(ctx.app, board)('POST', '/api/api-tokens', { name: 'x', expiresInDays: 5 }))
        .statusCode,
    ).toBe(403);
    for (const [body, field] of [
      [{ name: ' ', expiresInDays: 5 }, 'body.name'],
      [{ name: 'x', expiresInDays: 0 }, 'body.expiresInDays'],
      [{ name: 'x', expiresInDays: 367 }, 'body.expiresInDays'],
      [{ name: 'x', expiresInDays: 2.5 }, 'body.expiresInDays'],
    ] as const) {
      const reply = await send('POST', '/api/api-tokens', body);
      expect(reply.statusCode).toBe(400);
      expect(refusedFields(reply.json())).toEqual([field]);
    }
    expect(
      (await send('POST', '/api/api-tokens/00000000-0000-4000-8000-000000000001/revoke')).statusCode,
    ).toBe(404);
  });
});
