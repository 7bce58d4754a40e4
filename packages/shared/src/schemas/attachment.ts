import { z } from 'zod';
import { idSchema } from './common';

/** The largest file that may be attached: a scanned document or a spreadsheet, not a video. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * What may be attached, as read from the file's content (never its name), and the extensions a
 * file of each type is named with: the first is given to a name that has none of them.
 */
export const ATTACHMENT_TYPES = [
  { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
    extensions: ['docx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
    extensions: ['xlsx'],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint (.pptx)',
    extensions: ['pptx'],
  },
  { mediaType: 'image/png', label: 'PNG image', extensions: ['png'] },
  { mediaType: 'image/jpeg', label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
] as const;

export const ATTACHMENT_TYPES_IN_WORDS = 'a PDF, Word, Excel or PowerPoint file, or a PNG or JPEG image';

/** A file of evidence, as listed under its update or judgement. */
export const attachmentSchema = z
  .object({
    id: idSchema,
    statusUpdateId: idSchema.nullable(),
    findingJudgementId: idSchema.nullable(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.string(),
    /**
     * The account that attached it: it may remove the file while it may update the action. Null
     * for a file a lead attached through their emailed link, without an account (decision 051).
     */
    uploadedById: idSchema.nullable(),
    createdAt: z.iso.datetime(),
    /** Approved by the manager for the public page, where its action's summary is published. */
    publicApproved: z.boolean(),
  })
  .meta({ id: 'Attachment' });

/** A file on the public page: downloaded from the public address, nothing about who added it. */
export const publicFileSchema = z
  .object({ id: idSchema, fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })
  .meta({ id: 'PublicFile' });
export type PublicFile = z.infer<typeof publicFileSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;

/** A file removed from an update as attached by mistake: that it went, when, by whom and why. */
export const removedFileSchema = z
  .object({
    id: idSchema,
    statusUpdateId: idSchema,
    removedBy: z.string(),
    removedAt: z.iso.datetime(),
    reason: z.string(),
  })
  .meta({ id: 'RemovedFile' });
export type RemovedFile = z.infer<typeof removedFileSchema>;

export const attachmentListSchema = z
  .object({ attachments: z.array(attachmentSchema), removed: z.array(removedFileSchema) })
  .meta({ id: 'AttachmentList' });
export type AttachmentList = z.infer<typeof attachmentListSchema>;

/** "2.4 MB", "830 KB": a file's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const attachmentParamsSchema = z.object({ attachmentId: idSchema });

export const REMOVAL_REASON_MAX = 500;

/** Why a file attached by mistake is removed: everyone who reads the action sees it. */
export const removeAttachmentBodySchema = z.object({
  reason: z
    .string({ error: 'Enter why you are removing the file' })
    .trim()
    .min(1, 'Enter why you are removing the file')
    .max(REMOVAL_REASON_MAX, `The reason must be ${REMOVAL_REASON_MAX} characters or fewer`),
});
export type RemoveAttachmentBody = z.infer<typeof removeAttachmentBodySchema>;

/** A removed file: its bytes are gone; its name stays in the audit trail. */
export const attachmentRemovedSchema = z
  .object({ removed: z.object({ id: idSchema, fileName: z.string() }) })
  .meta({ id: 'AttachmentRemoved' });
export type AttachmentRemoved = z.infer<typeof attachmentRemovedSchema>;
export const updateAttachmentParamsSchema = z.object({ actionId: idSchema, updateId: idSchema });
export const judgementAttachmentParamsSchema = z.object({ findingId: idSchema, judgementId: idSchema });
export const publicFileParamsSchema = z.object({ slug: z.string().max(100), attachmentId: idSchema });

/** The files a lead attached through their emailed link to its month's updates, with their actions. */
export const leadFileListSchema = z
  .object({ files: z.array(attachmentSchema.extend({ actionId: idSchema })) })
  .meta({ id: 'LeadFileList' });
export type LeadFileList = z.infer<typeof leadFileListSchema>;
