import type { AuditEntry, AuditQuery } from '@ragboard/shared';
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEntries, people, users } from '../../db/schema';

/** A date alone means the whole of that day (UTC) at the `to` end. */
function bound(value: string, end: 'from' | 'to'): Date {
  if (value.length > 10) return new Date(value);
  return new Date(`${value}T${end === 'from' ? '00:00:00.000' : '23:59:59.999'}Z`);
}

export function auditRepository(db: Db) {
  return {
    async search(query: AuditQuery): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const filters: SQL[] = [];
      if (query.entityId) filters.push(eq(auditEntries.entityId, query.entityId));
      if (query.actor) filters.push(eq(auditEntries.actorId, query.actor));
      if (query.from) filters.push(gte(auditEntries.at, bound(query.from, 'from')));
      if (query.to) filters.push(lte(auditEntries.at, bound(query.to, 'to')));
      if (query.before) filters.push(lt(auditEntries.id, query.before));
      const rows = await db
        .select({ entry: auditEntries, actorName: users.displayName, personName: people.name })
        .from(auditEntries)
        .leftJoin(users, eq(users.id, auditEntries.actorId))
        .leftJoin(people, eq(people.id, auditEntries.actorPersonId))
        .where(and(...filters))
        .orderBy(desc(auditEntries.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        entries: page.map(({ entry, actorName, personName }) => ({
          id: entry.id,
          at: entry.at.toISOString(),
          actor: entry.actorId ? { id: entry.actorId, displayName: actorName ?? '' } : null,
          actorPerson: entry.actorPersonId ? { id: entry.actorPersonId, name: personName ?? '' } : null,
          planId: entry.planId,
          entityType: entry.entityType,
          entityId: entry.entityId,
          operation: entry.operation,
          before: entry.before,
          after: entry.after,
        })),
        nextBefore: rows.length > query.limit ? (page.at(-1)?.entry.id ?? null) : null,
      };
    },
  };
}
