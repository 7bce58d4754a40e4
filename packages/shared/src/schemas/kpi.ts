import { z } from 'zod';
import { KPI_JUDGEMENTS, KPI_TARGET_KINDS } from '../kpi-judgement';
import { monthSchema, planMonthSchema } from '../month';
import { idSchema, versionSchema } from './common';
import { personRefSchema } from './person';

export const KPI_UNITS = ['percent', 'count', 'days', 'weeks', 'ratio', 'other'] as const;
export const kpiUnitSchema = z.enum(KPI_UNITS);
export type KpiUnit = z.infer<typeof kpiUnitSchema>;

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export const kpiDirectionSchema = z.enum(KPI_DIRECTIONS);
export type KpiDirection = z.infer<typeof kpiDirectionSchema>;

export const kpiTargetKindSchema = z.enum(KPI_TARGET_KINDS);
export const kpiJudgementSchema = z.enum(KPI_JUDGEMENTS);

export const kpiTargetSchema = z.object({
  monthsFromStart: z.number().int().positive(),
  /** The month the milestone falls due (the plan's nth month). */
  month: monthSchema,
  value: z.number().nullable(),
  text: z.string(),
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

export const kpiValueSchema = z.object({
  period: monthSchema,
  value: z.number(),
  note: z.string().nullable(),
  /** The target in force at the period, and the actual judged against it. */
  target: z.number().nullable(),
  judgement: kpiJudgementSchema,
  author: z.string().nullable(),
  createdAt: z.iso.datetime(),
  superseded: z.boolean(),
});
export type KpiValue = z.infer<typeof kpiValueSchema>;

export const kpiSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    outcomeRef: z.string(),
    statement: z.string(),
    unit: kpiUnitSchema,
    direction: kpiDirectionSchema,
    targetKind: kpiTargetKindSchema,
    baselineValue: z.number().nullable(),
    baselineText: z.string().nullable(),
    tolerance: z.number().nullable(),
    owner: personRefSchema.nullable(),
    targets: z.array(kpiTargetSchema),
    /** The values in force, one per period, oldest first (superseded ones are in the KPI's own history). */
    values: z.array(kpiValueSchema),
    latest: kpiValueSchema.nullable(),
    version: versionSchema,
  })
  .meta({ id: 'Kpi' });
export type Kpi = z.infer<typeof kpiSchema>;

export const kpiListSchema = z.object({ kpis: z.array(kpiSchema) }).meta({ id: 'KpiList' });
export type KpiList = z.infer<typeof kpiListSchema>;

/** A KPI with every value ever recorded, superseded ones included, newest first. */
export const kpiDetailSchema = kpiSchema
  .extend({ history: z.array(kpiValueSchema) })
  .meta({ id: 'KpiDetail' });
export type KpiDetail = z.infer<typeof kpiDetailSchema>;

/** A recorded value as judged, and the KPI as it now stands (its version is the new ETag). */
export const recordedKpiValueSchema = z
  .object({ value: kpiValueSchema, kpi: kpiDetailSchema })
  .meta({ id: 'RecordedKpiValue' });
export type RecordedKpiValue = z.infer<typeof recordedKpiValueSchema>;

export const recordKpiValueBodySchema = z.object({
  period: planMonthSchema,
  value: z.number({ message: 'Enter the value as a number, like 52 or 52.5' }).finite(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type RecordKpiValueBody = z.infer<typeof recordKpiValueBodySchema>;

export const updateKpiBodySchema = z
  .object({
    outcomeRef: z.string().trim().min(1).max(20),
    statement: z.string().trim().min(1, 'Enter what the KPI measures').max(2000),
    unit: kpiUnitSchema,
    direction: kpiDirectionSchema,
    targetKind: kpiTargetKindSchema,
    baselineValue: z.number().finite().nullable(),
    baselineText: z.string().trim().max(500).nullable(),
    tolerance: z.number().finite().nonnegative().nullable(),
    ownerId: idSchema.nullable(),
    targets: z
      .array(
        z.object({
          monthsFromStart: z.number().int().positive().max(120),
          /** An explicit month for the milestone, instead of counting from the plan's start. */
          month: planMonthSchema.nullable().optional(),
          value: z.number().finite().nullable(),
          text: z.string().trim().max(200),
        }),
      )
      .max(12)
      .refine((t) => new Set(t.map((x) => x.monthsFromStart)).size === t.length, 'One target per milestone'),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateKpiBody = z.infer<typeof updateKpiBodySchema>;

export const kpiParamsSchema = z.object({ kpiId: idSchema });
