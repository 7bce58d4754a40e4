import { z } from 'zod';
import { isoDateSchema, monthSchema } from '../month';
import { idSchema } from './common';
import { OUTBOX_STATES } from './outbox';
import { updateSheetSchema } from './update-sheet';

/**
 * An update request is a personal link, emailed to one lead for one period, that lets them give
 * that period's updates on their own actions without an account. The page sends the link's token
 * in this header (never in an API URL, so it stays out of logs).
 */
export const UPDATE_REQUEST_HEADER = 'x-update-request';

/** Who to ask about a link: the partnership manager who sent it, or any manager. */
export const contactSchema = z
  .object({ name: z.string(), email: z.string().nullable() })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof contactSchema>;

/** What a link's page shows: the lead's due actions in the link's period, and until when it works. */
export const updateRequestSheetSchema = updateSheetSchema
  .extend({
    /** The last day the link takes updates: the period's deadline plus its days of grace. */
    openUntil: isoDateSchema,
    contact: contactSchema.nullable(),
  })
  .meta({ id: 'UpdateRequestSheet' });
export type UpdateRequestSheet = z.infer<typeof updateRequestSheetSchema>;

/** Why a link was refused: unknown (mistyped or tampered), past its time, withdrawn, or its month closed. */
export const UPDATE_REQUEST_REFUSALS = ['not-recognised', 'expired', 'revoked', 'period-closed'] as const;
export type UpdateRequestRefusal = (typeof UPDATE_REQUEST_REFUSALS)[number];

/** What the page of a refused link says: the server's page (readable without JavaScript) and the web app's alike. */
export const UPDATE_REQUEST_REFUSAL_WORDS: Record<UpdateRequestRefusal, { title: string; body: string }> = {
  'not-recognised': {
    title: 'This link does not work',
    body: 'The link may not have been copied in full. Check it against the email, or ask for a new one.',
  },
  expired: {
    title: 'This link has expired',
    body: 'Each link works only while its month takes updates.',
  },
  revoked: {
    title: 'This link has been withdrawn',
    body: 'The partnership manager has withdrawn it. A new one comes with the next reminder.',
  },
  'period-closed': {
    title: 'Updates for this month have closed',
    body: 'The month has been closed for reporting, so its updates can no longer be given or corrected.',
  },
};

/** `error.details` of a refused link (401): enough to tell the person what happened and who to ask. */
export const updateRequestRefusalSchema = z
  .object({
    reason: z.enum(UPDATE_REQUEST_REFUSALS),
    planTitle: z.string().nullable(),
    period: monthSchema.nullable(),
    contact: contactSchema.nullable(),
  })
  .meta({ id: 'UpdateRequestRefusal' });
export type UpdateRequestRefusalDetails = z.infer<typeof updateRequestRefusalSchema>;

export const UPDATE_REQUEST_STATES = ['active', 'expired', 'revoked'] as const;

/** A link as the manager sees it: never the link itself, which only its email carries. */
export const updateRequestSummarySchema = z
  .object({
    id: idSchema,
    plan: z.object({ id: idSchema, title: z.string() }),
    period: monthSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    /** When updates were last given through it. */
    lastUsedAt: z.iso.datetime().nullable(),
    /** Updates given through the link. */
    updates: z.number().int().nonnegative(),
    state: z.enum(UPDATE_REQUEST_STATES),
    /** The state of the email that carried it, when one did. */
    emailState: z.enum(OUTBOX_STATES).nullable(),
  })
  .meta({ id: 'UpdateRequestSummary' });
export type UpdateRequestSummary = z.infer<typeof updateRequestSummarySchema>;

export const updateRequestListSchema = z
  .object({ requests: z.array(updateRequestSummarySchema) })
  .meta({ id: 'UpdateRequestList' });
export type UpdateRequestList = z.infer<typeof updateRequestListSchema>;

/** Withdraw a period's links: one lead's, or (without a person) everyone's. */
export const revokeUpdateRequestsBodySchema = z.object({ personId: idSchema.optional() });
export type RevokeUpdateRequestsBody = z.infer<typeof revokeUpdateRequestsBodySchema>;

export const revokeUpdateRequestsReplySchema = z
  .object({ revoked: z.number().int().nonnegative() })
  .meta({ id: 'RevokeUpdateRequestsReply' });
