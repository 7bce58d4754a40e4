import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { createFirstManager } from './create-first-manager';

describe('creating the first manager from the command line', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('refuses a short or common password, then creates a manager who can sign in, and only once', async () => {
    const db = ctx.database.db;
    await expect(
      createFirstManager(db, { email: 'boss@example.test', displayName: 'Boss', password: 'short' }),
    ).rejects.toThrow(/at least 12 characters/);
    await expect(
      createFirstManager(db, {
        email: 'boss@example.test',
        displayName: 'Boss',
        password: 'passwordpassword',
      }),
    ).rejects.toThrow(/harder to guess/);
    const user = await createFirstManager(db, {
      email: 'boss@example.test',
      displayName: 'Boss',
      password: 'a long enough password',
    });
    expect(user).toMatchObject({ role: 'manager', email: 'boss@example.test' });
    const session = await signIn(ctx.app, 'boss@example.test', 'a long enough password');
    const users = await ctx.app.inject({ method: 'GET', url: '/api/users', headers: session.headers });
    expect(users.statusCode).toBe(200);
    await expect(
      createFirstManager(db, {
        email: 'second@example.test',
        displayName: '',
        password: 'a long enough password',
      }),
    ).rejects.toThrow(/exists already/);
  });
});
