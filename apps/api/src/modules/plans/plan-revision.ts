import { eq, sql } from 'drizzle-orm';
import { announce } from '../../db/changes';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema';
import { type AuditRecord, auditRepository } from '../audit/audit.repository';

/**
 * Cached reads of a plan key on its revision, so every write bumps it in the write's own
 * transaction. Without a plan, every plan: people and organisations show in every plan's tree.
 */
export async function bumpPlanRevision(tx: Db, planId?: string) {
  await tx
    .update(plans)
    .set({ revision: sql`${plans.revision} + 1` })
    .where(planId ? eq(plans.id, planId) : undefined);
  await announce(tx, { kind: 'plan', id: planId ?? null });
}

/** A write to a plan's contents: its audit entry and the plan's new revision, in the same transaction. */
export async function recordPlanChange(tx: Db, entry: AuditRecord & { planId: string }) {
  await auditRepository(tx).record(entry);
  await bumpPlanRevision(tx, entry.planId);
}
