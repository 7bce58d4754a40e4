import { z } from 'zod';
import { type Month, monthSchema, planMonthSchema } from '../month';
import { statusSchema } from '../status';
import { idSchema } from './common';

/** The month the file's statuses and notes are recorded for: the month it was true (default: this one). */
export const importAsOfSchema = planMonthSchema;

/** An import's statuses cannot be true of a month still to come: the refusal, or null. */
export function asOfTooLate(asOf: Month, current: Month): string | null {
  return asOf > current ? 'The month the statuses were true must be this month or before' : null;
}

/** The columns an imported plan may have; the first three are required. */
export const IMPORT_COLUMNS = [
  'priority',
  'outcome',
  'action',
  'ref',
  'lead',
  'due',
  'status',
  'note',
  'revisedDue',
] as const;
/** The upload's plan title: optional (the file's name stands in), and no longer than a title should be. */
export const importTitleSchema = z.string().trim().max(300, 'Enter a title of up to 300 characters');

export const REQUIRED_IMPORT_COLUMNS = ['priority', 'outcome', 'action'] as const;
export const importColumnSchema = z.enum(IMPORT_COLUMNS);
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** One row of the file, as it will become an action. */
export const importRowSchema = z.object({
  row: z.number().int(),
  priority: z.string(),
  outcome: z.string(),
  ref: z.string().nullable(),
  action: z.string(),
  leads: z.array(z.string()),
  dueMonth: monthSchema.nullable(),
  dueText: z.string().nullable(),
  status: statusSchema,
  note: z.string().nullable(),
  /** Red's new completion date (YYYY-MM-DD); a Red from a file without one is imported with a warning. */
  revisedDue: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportError = z.infer<typeof importErrorSchema>;

export const importPreviewSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    fileName: z.string(),
    rows: z.number().int(),
    priorities: z.number().int(),
    outcomes: z.number().int(),
    actions: z.number().int(),
    people: z.object({ matched: z.array(z.string()), new: z.array(z.string()) }),
    /** Which column of the file each field was read from. */
    columns: z.record(z.string(), z.string()),
    /** The month its statuses and notes are recorded for; the plan's months include it. */
    asOf: monthSchema,
    errors: z.array(importErrorSchema),
    /** What the file leaves out but the plan can live with: imported, and listed for the round. */
    warnings: z.array(importErrorSchema),
    items: z.array(importRowSchema),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** An explicit mapping from a field to the file's header, instead of finding columns by name. */
export const importMappingSchema = z.partialRecord(importColumnSchema, z.string().min(1));
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importParamsSchema = z.object({ importId: idSchema });
export const importCommitReplySchema = z.object({ planId: idSchema }).meta({ id: 'ImportCommitted' });

/** A plan exported in the importer's own columns, so the file imports again. */
export const PLAN_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const planExportQuerySchema = z.object({
  format: z.enum(PLAN_EXPORT_FORMATS, { message: 'Choose csv or xlsx' }),
});
export type PlanExportFormat = z.infer<typeof planExportQuerySchema>['format'];
