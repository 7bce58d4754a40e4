import { z } from 'zod';
import { idSchema, versionSchema } from './common';

export const KPI_UNITS = ['percent', 'count', 'days', 'weeks', 'ratio', 'other'] as const;
export const kpiUnitSchema = z.enum(KPI_UNITS);
export type KpiUnit = z.infer<typeof kpiUnitSchema>;

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export const kpiDirectionSchema = z.enum(KPI_DIRECTIONS);
export type KpiDirection = z.infer<typeof kpiDirectionSchema>;

export const kpiTargetSchema = z.object({
  monthsFromStart: z.number().int().positive(),
  value: z.number().nullable(),
  text: z.string(),
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

export const kpiSchema = z
  .object({
    id: idSchema,
    outcomeRef: z.string(),
    statement: z.string(),
    unit: kpiUnitSchema,
    direction: kpiDirectionSchema,
    baselineValue: z.number().nullable(),
    baselineText: z.string().nullable(),
    targets: z.array(kpiTargetSchema),
    version: versionSchema,
  })
  .meta({ id: 'Kpi' });
export type Kpi = z.infer<typeof kpiSchema>;

export const kpiListSchema = z.object({ kpis: z.array(kpiSchema) }).meta({ id: 'KpiList' });
export type KpiList = z.infer<typeof kpiListSchema>;
