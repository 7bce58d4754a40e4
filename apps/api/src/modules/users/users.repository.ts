import type { User } from '@ragboard/shared';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { announce } from '../../db/changes';
import type { Db } from '../../db/client';
import { people, users } from '../../db/schema';

type UserRow = typeof users.$inferSelect;

/** The wire form of an account: never its password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    personId: row.personId,
    active: row.active,
    twoStepEnabled: row.totpSecret !== null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function usersRepository(db: Db) {
  return {
    list: () => db.select().from(users).orderBy(asc(users.displayName), asc(users.email)),

    async findById(id: string): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ?? null;
    },

    async findByEmail(email: string): Promise<UserRow | null> {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
      return row ?? null;
    },

    async findByPerson(personId: string): Promise<UserRow | null> {
      const [row] = await db.select().from(users).where(eq(users.personId, personId));
      return row ?? null;
    },

    async personExists(personId: string): Promise<boolean> {
      const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId));
      return Boolean(row);
    },

    /** Any manager account, active or not: the first manager is made only while there is none. */
    async hasManager(): Promise<boolean> {
      const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'manager')).limit(1);
      return Boolean(row);
    },

    /** Active managers other than `exceptId`: the last one may not be demoted or deactivated. */
    async otherActiveManagers(exceptId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, 'manager'), eq(users.active, true), ne(users.id, exceptId)));
      return row?.n ?? 0;
    },

    async insert(values: typeof users.$inferInsert): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning();
      return row!;
    },

    /** Writes only when the version still matches; null means someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof users.$inferInsert>, now: Date) {
      const [row] = await db
        .update(users)
        .set({ ...values, updatedAt: now, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning();
      if (row) await announce(db, { kind: 'user', id });
      return row ?? null;
    },
  };
}
