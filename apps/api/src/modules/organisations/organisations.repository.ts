import type { Organisation } from '@ragboard/shared';
import { and, asc, count, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, people } from '../../db/schema';

export function organisationsRepository(db: Db) {
  async function list(filter?: SQL): Promise<Organisation[]> {
    const rows = await db
      .select({
        id: organisations.id,
        name: organisations.name,
        kind: organisations.kind,
        peopleCount: count(people.id),
        version: organisations.version,
      })
      .from(organisations)
      .leftJoin(people, and(eq(people.organisationId, organisations.id), isNull(people.mergedIntoId)))
      .where(filter)
      .groupBy(organisations.id)
      .orderBy(asc(sql`lower(${organisations.name})`));
    return rows;
  }

  return {
    list: () => list(),

    async detail(id: string): Promise<Organisation | null> {
      return (await list(eq(organisations.id, id)))[0] ?? null;
    },

    async exists(id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, id));
      return Boolean(row);
    },

    /** Names are unique whatever their case: "Lancashire County Council" is one organisation. */
    async nameTaken(name: string, exceptId?: string): Promise<boolean> {
      const [row] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(
          and(
            eq(sql`lower(${organisations.name})`, name.toLowerCase()),
            exceptId ? ne(organisations.id, exceptId) : undefined,
          ),
        )
        .limit(1);
      return Boolean(row);
    },

    async insert(values: typeof organisations.$inferInsert) {
      const [row] = await db.insert(organisations).values(values).returning();
      return row!;
    },

    /** Null when the organisation is no longer at `version`: someone else changed it first. */
    async update(id: string, version: number, values: Partial<typeof organisations.$inferInsert>) {
      const [row] = await db
        .update(organisations)
        .set({ ...values, version: sql`${organisations.version} + 1` })
        .where(and(eq(organisations.id, id), eq(organisations.version, version)))
        .returning();
      return row ?? null;
    },
  };
}
