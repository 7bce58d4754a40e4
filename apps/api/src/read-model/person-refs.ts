import type { PersonRef } from '@ragboard/shared';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisations, people } from '../db/schema';

/** Always one query, even for no ids, so the tree's query count stays fixed. */
export async function personRefs(db: Db, ids: string[]): Promise<Map<string, PersonRef>> {
  const rows = await db
    .select({ id: people.id, name: people.name, organisation: organisations.name })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
