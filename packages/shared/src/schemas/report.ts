import { z } from 'zod';
import { isoDateSchema, monthSchema, planMonthSchema } from '../month';
import { actionPositionShape, carriedToWords } from '../position';
import { statusSchema } from '../status';
import { challengeSchema } from './challenge';
import { idSchema, versionSchema } from './common';
import { findingJudgementSchema } from './finding';
import { kpiJudgementSchema, kpiSchema } from './kpi';
import { planPeriodSummarySchema } from './summary';

/** A board report is a draft for the manager until published for everyone. */
export const BOARD_REPORT_STATES = ['draft', 'published'] as const;

export const REPORT_SECTIONS = [
  'summary',
  'changes',
  'challenges',
  'exceptions',
  'overdue',
  'awaiting-sign-off',
  'kpis',
  'findings',
  'actions',
] as const;
export const reportSectionSchema = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'html'] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** An action as it stood at the report's period. */
export const reportActionSchema = z.object({
  id: idSchema,
  ref: z.string(),
  title: z.string(),
  leads: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
  ...actionPositionShape,
});
export type ReportAction = z.infer<typeof reportActionSchema>;

/** A challenge the board hears: raised or answered since the last published report, or still open. */
export const reportChallengeSchema = challengeSchema.omit({ planId: true, version: true });
export type ReportChallenge = z.infer<typeof reportChallengeSchema>;

/** An action named in a report's table: which one, and its status there. */
const actionLineSchema = z.object({ id: idSchema, ref: z.string(), title: z.string(), status: statusSchema });

/** A finding as it stood at the report's period, with the actions that address it. */
export const reportFindingSchema = z.object({
  id: idSchema,
  ref: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  judgement: z
    .object({ month: monthSchema, judgement: findingJudgementSchema, note: z.string().nullable() })
    .nullable(),
  actions: z.array(actionLineSchema.extend({ note: z.string().nullable() })),
});
export type ReportFinding = z.infer<typeof reportFindingSchema>;

/** What became of an action when its plan closed: completed (Blue), or closed with a reason. */
export const closeOutDispositionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('completed') }),
  z.object({ kind: z.literal('closed'), reason: z.string() }),
  z.object({ kind: z.literal('carried'), planTitle: z.string(), ref: z.string() }),
]);
export type CloseOutDisposition = z.infer<typeof closeOutDispositionSchema>;

/** "Completed and signed off", "Closed: <reason>" or "Carried forward to <plan> (action <ref>)": the words every form of the summary uses. */
export function dispositionWords(d: CloseOutDisposition): string {
  if (d.kind === 'completed') return 'Completed and signed off';
  return d.kind === 'closed' ? `Closed: ${d.reason}` : carriedToWords(d);
}

/** The summary of progress a plan's close freezes: every action's final position, and the KPIs'. */
export const closeOutSchema = z.object({
  closedAt: z.iso.datetime(),
  closedBy: z.string(),
  actions: z.array(
    actionLineSchema.extend({
      /** A Blue's sign-off: who (when known) and on which day. */
      signedOff: z.object({ by: z.string().nullable(), on: isoDateSchema }).nullable(),
      disposition: closeOutDispositionSchema,
    }),
  ),
  kpis: z.array(
    z.object({
      id: idSchema,
      outcomeRef: z.string(),
      statement: z.string(),
      baseline: z.string().nullable(),
      /** The 12-month target as the plan states it. */
      target12m: z.string().nullable(),
      /** The latest value by the close, with its judgement then. */
      final: z.object({ period: monthSchema, value: z.number(), judgement: kpiJudgementSchema }).nullable(),
    }),
  ),
});
export type CloseOut = z.infer<typeof closeOutSchema>;

export const reportSnapshotSchema = z.object({
  plan: z.object({ id: idSchema, title: z.string(), periodStart: monthSchema, periodEnd: monthSchema }),
  period: monthSchema,
  takenAt: z.iso.datetime(),
  summary: planPeriodSummarySchema,
  priorities: z.array(
    z.object({
      id: idSchema,
      ref: z.string(),
      title: z.string(),
      outcomes: z.array(
        z.object({ id: idSchema, ref: z.string(), title: z.string(), actions: z.array(reportActionSchema) }),
      ),
    }),
  ),
  kpis: z.array(kpiSchema),
  /** Status changes since the last published report of the plan, if there is one. */
  sinceLastReport: z
    .object({
      reportId: idSchema,
      title: z.string(),
      period: monthSchema,
      changes: z.array(
        z.object({ ref: z.string(), title: z.string(), from: statusSchema, to: statusSchema }),
      ),
    })
    .nullable(),
  /** Reports taken before challenges and findings existed have neither: read as empty. */
  challenges: z.array(reportChallengeSchema).default([]),
  findings: z.array(reportFindingSchema).default([]),
  /** Only in a closed plan's summary of progress. */
  closeOut: closeOutSchema.nullable().default(null),
});
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;

export const reportCommentarySchema = z.object({
  overall: z.string().max(20_000).default(''),
  /** Commentary per priority, by the priority's ref. */
  priorities: z.record(z.string(), z.string().max(20_000)).default({}),
});
export type ReportCommentary = z.infer<typeof reportCommentarySchema>;

export const boardReportSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    period: monthSchema,
    title: z.string(),
    state: z.enum(BOARD_REPORT_STATES),
    commentary: reportCommentarySchema,
    sections: z.array(reportSectionSchema),
    snapshot: reportSnapshotSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    version: versionSchema,
  })
  .meta({ id: 'BoardReport' });
export type BoardReport = z.infer<typeof boardReportSchema>;

export const reportListSchema = z
  .object({
    reports: z.array(
      boardReportSchema.pick({
        id: true,
        period: true,
        title: true,
        state: true,
        createdAt: true,
        publishedAt: true,
      }),
    ),
  })
  .meta({ id: 'ReportList' });

const titleField = z.string().trim().min(1, 'Enter a title').max(300);
export const createReportBodySchema = z.object({
  period: planMonthSchema,
  title: titleField,
  commentary: reportCommentarySchema.optional(),
  sections: z.array(reportSectionSchema).min(1, 'Include at least one section').optional(),
});
export type CreateReportBody = z.infer<typeof createReportBodySchema>;

export const updateReportBodySchema = z
  .object({
    title: titleField,
    commentary: reportCommentarySchema,
    sections: z.array(reportSectionSchema).min(1, 'Include at least one section'),
    /** Take the snapshot again, from the plan as it is now. */
    refresh: z.literal(true),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');
export type UpdateReportBody = z.infer<typeof updateReportBodySchema>;

export const reportParamsSchema = z.object({ reportId: idSchema });
export const reportExportQuerySchema = z.object({ format: reportFormatSchema });
