import { z } from 'zod';
import { notYearZero } from '../month';
import { idSchema } from './common';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actor: z.object({ id: idSchema, displayName: z.string() }).nullable(),
    /** A person who acted without an account, through an emailed update request. */
    actorPerson: z.object({ id: idSchema, name: z.string() }).nullable(),
    planId: idSchema.nullable(),
    entityType: z.string(),
    entityId: z.string(),
    operation: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const instant = z.iso.datetime({ offset: true }).or(z.iso.date()).refine(notYearZero, 'There is no year 0');

export const auditQuerySchema = z.object({
  entityId: z.string().max(100).optional(),
  actor: idSchema.optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Entries older than this id: the next page. */
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditListSchema = z
  .object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditList' });
