import { siteSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoWarning, seedDemo } from '../../db/demo/seed-demo';
import { users } from '../../db/schema';
import { createTestApp } from '../../test/test-app';

describe('telling people the data is the demo', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  const site = async () => {
    const reply = await ctx.app.inject({ method: 'GET', url: '/api/site' });
    expect(reply.statusCode).toBe(200);
    return siteSchema.parse(reply.json());
  };
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('says nothing on an empty database, or why the demo was withheld', async () => {
    expect(await site()).toEqual({ demoData: false, demoAccounts: [], demoPassword: null });
    expect(await demoWarning(ctx.database.db, null)).toBeNull();
    expect(await demoWarning(ctx.database.db, 'The demo was not loaded')).toBe('The demo was not loaded');
  });

  it('warns at start-up and on every page while a demo account is active, and stops once none is', async () => {
    await seedDemo(ctx.database.db, new Date());
    // The sign-in page lists the accounts to try, with their role and the published password.
    expect(await site()).toEqual({
      demoData: true,
      demoAccounts: DEMO_ACCOUNTS.map(({ email, role, displayName }) => ({ email, role, displayName })),
      demoPassword: DEMO_PASSWORD,
    });
    const warning = await demoWarning(ctx.database.db, 'The demo was not loaded');
    expect(warning).toContain('WARNING: demo data');
    expect(warning).toContain(`"${DEMO_PASSWORD}": do not use this database for real records`);
    for (const account of DEMO_ACCOUNTS) expect(warning).toContain(account.email);

    await ctx.database.db.update(users).set({ active: false }).where(eq(users.email, 'board@example.org'));
    expect(await demoWarning(ctx.database.db, null)).not.toContain('board@example.org');
    const stillDemo = await site();
    expect(stillDemo.demoData).toBe(true);
    expect(stillDemo.demoAccounts.map((a) => a.email)).toEqual([
      'manager@example.org',
      'lead@example.org',
      'forum@example.org',
    ]);

    await ctx.database.db.update(users).set({ active: false });
    expect(await site()).toEqual({ demoData: false, demoAccounts: [], demoPassword: null });
    // A plan exists now, so a withheld demo is not worth a word either.
    expect(await demoWarning(ctx.database.db, 'The demo was not loaded')).toBeNull();
  });
});
