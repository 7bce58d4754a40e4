import { announce } from '../db/changes';
import type { Db } from '../db/client';
import { type AuditRecord, recordAudit } from './audit';

/**
 * Tells the caches that a plan changed, when the write's transaction commits (decision 014).
 * Without a plan, every plan: people and organisations show in every plan's tree. Nothing is
 * written: a counter on the plan's row would lock it until commit and queue every writer to the
 * plan behind every other (decision 021).
 */
export async function announcePlanChange(tx: Db, planId?: string) {
  await announce(tx, { kind: 'plan', id: planId ?? null });
}

/** A write to a plan's contents: its audit entry, and the change announced, in the same transaction. */
export async function recordPlanChange(tx: Db, entry: AuditRecord & { planId: string }) {
  await recordAudit(tx, entry);
  await announcePlanChange(tx, entry.planId);
}
