import { z } from 'zod';
import { monthSchema } from '../month';
import { actionPositionSchema } from '../position';
import { hasChanges, idSchema, positionSchema, refSchema, titleSchema, versionSchema } from './common';

/** An inspection finding's judgement at a revisit or review, in the inspectors' own sense. */
export const FINDING_JUDGEMENTS = ['open', 'improving', 'sufficiently_improved'] as const;
export const findingJudgementSchema = z.enum(FINDING_JUDGEMENTS);
export type FindingJudgement = z.infer<typeof findingJudgementSchema>;

/** Each judgement's words and the GOV.UK tag colour that goes with them (never the colour alone). */
export const FINDING_JUDGEMENT_DEFINITIONS: Record<FindingJudgement, { label: string; tagClass: string }> = {
  open: { label: 'Open', tagClass: 'govuk-tag--red' },
  improving: { label: 'Improving', tagClass: 'govuk-tag--yellow' },
  sufficiently_improved: { label: 'Sufficiently improved', tagClass: 'govuk-tag--green' },
};

export const findingJudgementEntrySchema = z.object({
  id: idSchema,
  month: monthSchema,
  judgement: findingJudgementSchema,
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type FindingJudgementEntry = z.infer<typeof findingJudgementEntrySchema>;

/** An action that addresses the finding, with its current status and latest note: the evidence trail. */
export const findingActionSchema = z.object({
  id: idSchema,
  /** The plan the action is in: a finding's actions run across the chain of plans. */
  plan: z.object({ id: idSchema, title: z.string() }),
  ref: z.string(),
  title: z.string(),
  /** Its position at its own plan's month (`planMonth`); the note is `latestNote`, with its month. */
  ...actionPositionSchema.omit({ note: true }).shape,
  latestNote: z.object({ period: monthSchema, text: z.string() }).nullable(),
  archived: z.boolean(),
});
export type FindingAction = z.infer<typeof findingActionSchema>;

/** A KPI that measures the finding, with its baseline and latest actual. */
export const findingKpiSchema = z.object({
  id: idSchema,
  /** The outcome it belongs to, as the plan numbers it. */
  ref: z.string(),
  statement: z.string(),
  baseline: z.number().nullable(),
  latest: z.object({ period: monthSchema, value: z.number() }).nullable(),
});
export type FindingKpi = z.infer<typeof findingKpiSchema>;

export const findingSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    ref: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    /** Where the finding comes from, such as "Ofsted and CQC inspection, November 2017". */
    source: z.string().nullable(),
    position: z.number().int(),
    /** The latest judgement, by month; null before any. */
    judgement: findingJudgementEntrySchema.nullable(),
    /** Every judgement, newest month first: the history is never overwritten. */
    judgements: z.array(findingJudgementEntrySchema),
    actions: z.array(findingActionSchema),
    kpis: z.array(findingKpiSchema),
    version: versionSchema,
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof findingSchema>;

export const findingListSchema = z.object({ findings: z.array(findingSchema) }).meta({ id: 'FindingList' });
export type FindingList = z.infer<typeof findingListSchema>;

const optionalWords = z.string().trim().max(5000).nullable();
/** The actions that address the finding, each once. */
const actionIdsSchema = z
  .array(idSchema)
  .max(1000)
  .refine((ids) => new Set(ids).size === ids.length, 'Name each action once');

/** The KPIs that measure the finding, each once. */
const kpiIdsSchema = z
  .array(idSchema)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'Name each KPI once');

export const createFindingBodySchema = z.object({
  ref: refSchema,
  title: titleSchema,
  description: optionalWords.optional(),
  source: z.string().trim().max(300).nullable().optional(),
  actionIds: actionIdsSchema.optional(),
  kpiIds: kpiIdsSchema.optional(),
});
export type CreateFindingBody = z.infer<typeof createFindingBodySchema>;

export const updateFindingBodySchema = z
  .object({
    ref: refSchema,
    title: titleSchema,
    description: optionalWords,
    source: z.string().trim().max(300).nullable(),
    position: positionSchema,
    actionIds: actionIdsSchema,
    kpiIds: kpiIdsSchema,
  })
  .partial()
  .refine(hasChanges, 'Nothing to change');
export type UpdateFindingBody = z.infer<typeof updateFindingBodySchema>;

export const recordFindingJudgementBodySchema = z.object({
  month: monthSchema,
  judgement: findingJudgementSchema,
  note: optionalWords.optional(),
});
export type RecordFindingJudgementBody = z.infer<typeof recordFindingJudgementBodySchema>;

export const findingParamsSchema = z.object({ findingId: idSchema });

/** The revisit readiness pack comes as a Word document or a PDF. */
export const READINESS_PACK_FORMATS = ['docx', 'pdf'] as const;
export const readinessPackQuerySchema = z.object({
  format: z.enum(READINESS_PACK_FORMATS, { message: 'Choose docx or pdf' }).default('docx'),
});
