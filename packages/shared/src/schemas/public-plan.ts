import { z } from 'zod';
import { monthSchema } from '../month';
import { actionPositionSchema } from '../position';
import { publicFileSchema } from './attachment';
import { kpiDirectionSchema, kpiJudgementSchema, kpiTargetKindSchema, kpiUnitSchema } from './kpi';

/**
 * The public progress page and its open data: only what the manager approved. Nothing here is
 * the plan's own wording of an action or KPI, a progress note or an internal id.
 */

/** Who leads an action, as the public sees them: role and organisation; a name only if the plan shows names. */
export const publicLeadSchema = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
});
export type PublicLead = z.infer<typeof publicLeadSchema>;

export const publicActionSchema = z
  .object({
    ref: z.string(),
    said: z.string(),
    happened: z.string(),
    /** Its position at the plan's latest closed month (`asAt`): status, both dates, past either. */
    ...actionPositionSchema.pick({
      status: true,
      dueMonth: true,
      newDate: true,
      pastOriginalDate: true,
      pastNewDate: true,
    }).shape,
    /** The month the status was given for; null for an action not yet updated. */
    statusMonth: monthSchema.nullable(),
    leads: z.array(publicLeadSchema),
    /** Evidence the manager approved for the public page. */
    files: z.array(publicFileSchema),
  })
  .meta({ id: 'PublicAction' });
export type PublicAction = z.infer<typeof publicActionSchema>;

export const publicPrioritySchema = z
  .object({ ref: z.string(), title: z.string(), actions: z.array(publicActionSchema) })
  .meta({ id: 'PublicPriority' });
export type PublicPriority = z.infer<typeof publicPrioritySchema>;

export const publicKpiSchema = z
  .object({
    /** The outcome the KPI measures, such as 3.4. */
    ref: z.string(),
    said: z.string(),
    happened: z.string(),
    unit: kpiUnitSchema,
    direction: kpiDirectionSchema,
    targetKind: kpiTargetKindSchema,
    baseline: z.number().nullable(),
    /** The target in force at the latest value's month (or now, before any value): a level, or a % change. */
    target: z.object({ value: z.number(), month: monthSchema }).nullable(),
    latest: z.object({ month: monthSchema, value: z.number(), judgement: kpiJudgementSchema }).nullable(),
  })
  .meta({ id: 'PublicKpi' });
export type PublicKpi = z.infer<typeof publicKpiSchema>;

export const publicPlanSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    periodStart: monthSchema,
    periodEnd: monthSchema,
    /**
     * The month the page shows: the latest the manager has closed (checked and final), never the one
     * still taking updates. Before any closes, the month before reporting began; a plan that keeps no
     * months is shown as it stands.
     */
    asAt: monthSchema,
    /** The manager closed that month: false before any month closes, or for a plan that keeps none. */
    asAtClosed: z.boolean(),
    licence: z.object({ name: z.string(), url: z.string().nullable() }),
    /** Where the same data is, as files anyone may reuse under the licence. */
    data: z.object({ csv: z.string(), json: z.string() }),
    glossary: z.array(z.object({ term: z.string(), expansion: z.string() })),
    priorities: z.array(publicPrioritySchema),
    kpis: z.array(publicKpiSchema),
  })
  .meta({ id: 'PublicPlan' });
export type PublicPlan = z.infer<typeof publicPlanSchema>;

export const publicPlanParamsSchema = z.object({ slug: z.string().max(100) });

/** The stable addresses of a public plan's open data. */
export function publicDataUrls(slug: string) {
  const base = `/api/public/plans/${encodeURIComponent(slug)}`;
  return { csv: `${base}/data.csv`, json: `${base}/data.json` };
}
