import { randomUUID } from 'node:crypto';
import { CSRF_HEADER, type Role, sessionReplySchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { App } from '../app';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema';
import { hashPassword, hashToken, sessionsRepository } from '../modules/credentials';

export const TEST_PASSWORD = 'correct horse battery staple';
let testHash: Promise<string> | undefined;

/** An account of the given role, with TEST_PASSWORD. */
export async function createUser(db: Db, role: Role, values: Partial<typeof users.$inferInsert> = {}) {
  testHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `${role}-${randomUUID().slice(0, 8)}@example.test`,
      displayName: `Test ${role}`,
      role,
      passwordHash: await testHash,
      ...values,
    })
    .returning();
  return user!;
}

export interface SignedIn {
  userId: string;
  email: string;
  cookie: string;
  csrfToken: string;
  /** Headers for a request as this user: the cookie, and the CSRF token for writes. */
  headers: Record<string, string>;
}

/**
 * Signs in with the password. A manager's session would then wait for two-step verification:
 * unless `secondStep: 'keep'`, the test's session is marked complete in the database, as tests of
 * other features are not about the second step (two-step.test.ts takes it through its routes).
 */
export async function signIn(
  app: App,
  email: string,
  password = TEST_PASSWORD,
  options: { secondStep?: 'skip' | 'keep' } = {},
): Promise<SignedIn> {
  const reply = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (reply.statusCode !== 200) throw new Error(`sign-in failed: ${reply.statusCode} ${reply.body}`);
  const { user, csrfToken, secondStep } = sessionReplySchema.parse(reply.json());
  const setCookie = reply.cookies.find((c) => c.name === 'ragboard_session')!;
  if (secondStep && options.secondStep !== 'keep') {
    const token = app.unsignCookie(setCookie.value).value!;
    await app.database.db
      .update(sessions)
      .set({ secondStep: null })
      .where(eq(sessions.tokenHash, hashToken(token)));
  }
  const cookie = `${setCookie.name}=${setCookie.value}`;
  return { userId: user.id, email, cookie, csrfToken, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}

export async function signInAs(
  app: App,
  role: Role,
  values: Partial<typeof users.$inferInsert> = {},
  options: { secondStep?: 'skip' | 'keep' } = {},
) {
  const user = await createUser(app.database.db, role, values);
  return signIn(app, user.email, TEST_PASSWORD, options);
}

/** A session made directly, without a password check: for load tests of hundreds of users. */
export async function sessionFor(app: App, userId: string): Promise<SignedIn> {
  const { token, csrfToken } = await sessionsRepository(app.database.db).create(userId, app.now());
  const cookie = `ragboard_session=${app.signCookie(token)}`;
  const [user] = await app.database.db.select().from(users).where(eq(users.id, userId));
  return { userId, email: user!.email, cookie, csrfToken, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}
