import { z } from 'zod';
import { isoDateSchema } from '../month';
import { idSchema, versionSchema } from './common';
import { REPORT_SECTIONS, reportSectionSchema } from './report';

/** A meeting of a body the plan reports to, and its pack once drafted. */
export const meetingSchema = z
  .object({
    id: idSchema,
    meetsOn: isoDateSchema,
    papersDue: isoDateSchema,
    /** The day the pack is drafted by itself: papers due less the body's days. */
    draftOn: isoDateSchema,
    /** The pack; a draft is the manager's until published. */
    report: z.object({ id: idSchema, title: z.string(), state: z.enum(['draft', 'published']) }).nullable(),
    /** Sent back as If-Match to move or cancel it. */
    version: versionSchema,
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const reportingBodySchema = z
  .object({
    id: idSchema,
    name: z.string(),
    cadence: z.string(),
    sections: z.array(reportSectionSchema),
    /** The priorities its packs cover; null for the whole plan. */
    priorityIds: z.array(idSchema).nullable(),
    draftDaysBefore: z.number().int(),
    /** Soonest first. */
    meetings: z.array(meetingSchema),
    version: versionSchema,
  })
  .meta({ id: 'ReportingBody' });
export type ReportingBody = z.infer<typeof reportingBodySchema>;

export const reportingBodyListSchema = z
  .object({ bodies: z.array(reportingBodySchema) })
  .meta({ id: 'ReportingBodyList' });
export type ReportingBodyList = z.infer<typeof reportingBodyListSchema>;

export const createReportingBodyBodySchema = z.object({
  name: z.string().trim().min(1, 'Enter the body’s name').max(200, 'Name must be 200 characters or fewer'),
  cadence: z
    .string()
    .trim()
    .min(1, 'Say how often it meets, such as "Every two months"')
    .max(100, 'How often must be 100 characters or fewer'),
  sections: z
    .array(reportSectionSchema)
    .min(1, 'Include at least one section')
    .refine((s) => new Set(s).size === s.length, 'Name each section once')
    .default([...REPORT_SECTIONS]),
  priorityIds: z
    .array(idSchema)
    .min(1, 'Choose at least one priority, or the whole plan')
    .nullable()
    .default(null),
  draftDaysBefore: z.coerce
    .number({ message: 'Enter a number of days' })
    .int('Enter a whole number of days')
    .min(0, 'Enter 0 days or more')
    .max(60, 'Enter 60 days or fewer')
    .default(7),
});
export type CreateReportingBodyBody = z.input<typeof createReportingBodyBodySchema>;

export const createMeetingBodySchema = z
  .object({
    meetsOn: isoDateSchema,
    papersDue: isoDateSchema,
  })
  .refine((m) => m.papersDue <= m.meetsOn, {
    message: 'Papers must be due on or before the meeting',
    path: ['papersDue'],
  });
export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;

export const bodyParamsSchema = z.object({ bodyId: idSchema });

const newBody = createReportingBodyBodySchema.shape;

/**
 * A change to a body: the fields of a new one, each optional (no defaults, so what is left out
 * stays as it is), at least one. Sent with If-Match: the body's version.
 */
export const updateReportingBodyBodySchema = z
  .object({
    name: newBody.name.optional(),
    cadence: newBody.cadence.optional(),
    sections: newBody.sections.unwrap().optional(),
    priorityIds: newBody.priorityIds.unwrap().optional(),
    draftDaysBefore: newBody.draftDaysBefore.unwrap().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Change at least one thing about the body',
  });
export type UpdateReportingBodyBody = z.input<typeof updateReportingBodyBodySchema>;

/** A meeting moved: both dates again, under the same rules as a new meeting. */
export const updateMeetingBodySchema = createMeetingBodySchema;
export type UpdateMeetingBody = z.infer<typeof updateMeetingBodySchema>;

export const meetingParamsSchema = z.object({ meetingId: idSchema });
