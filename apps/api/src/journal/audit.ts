import type { Db } from '../db/client';
import { auditEntries } from '../db/schema';

export interface AuditRecord {
  actorId: string | null;
  /** Who acted without an account (a lead through an update request's link). */
  actorPersonId?: string | null;
  planId?: string | null;
  entityType: string;
  entityId: string;
  operation: string;
  before?: unknown;
  after?: unknown;
}

/** The row an audit entry is kept as. */
export function auditRow(entry: AuditRecord) {
  return {
    actorId: entry.actorId,
    actorPersonId: entry.actorPersonId ?? null,
    planId: entry.planId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    operation: entry.operation,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

/** Call inside the write's own transaction, so a write and its audit entry stand or fall together. */
export async function recordAudit(db: Db, entry: AuditRecord) {
  await db.insert(auditEntries).values(auditRow(entry));
}
