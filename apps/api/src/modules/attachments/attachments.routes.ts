import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_IN_WORDS,
  type Attachment,
  actionParamsSchema,
  attachmentListSchema,
  attachmentParamsSchema,
  attachmentRemovedSchema,
  attachmentSchema,
  formatFileSize,
  judgementAttachmentParamsSchema,
  publicFileParamsSchema,
  removeAttachmentBodySchema,
  updateAttachmentParamsSchema,
} from '@ragboard/shared';
import contentDisposition from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies, NotFoundError } from '../../plugins/errors';
import { fileReply } from '../../plugins/file-reply';
import { findPublicPlan } from '../../read-model';
import { type AttachmentTarget, attachmentsService } from './attachments.service';
import { UPLOAD_LIMITS, uploadedFile } from './uploaded-file';

const documentedBody = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: `${ATTACHMENT_TYPES_IN_WORDS}, up to ${formatFileSize(ATTACHMENT_MAX_BYTES)}; the type is read from the content`,
    },
  },
};
/** A file as stored: its type was read from its content when it was attached. */
const fileReplied = fileReply(
  'The file, as an attachment',
  ATTACHMENT_TYPES.map((type) => type.mediaType),
);
const uploadReplies = { 201: attachmentSchema, 413: errorReplies[400], ...errorReplies };

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: UPLOAD_LIMITS });
  const service = attachmentsService(app.database.db, app.now);

  /** A file as a download, never shown in the page: its stored type, nosniff, a chunk at a time. */
  function sendFile(reply: FastifyReply, file: Attachment, cacheControl: string) {
    return reply
      .header('content-type', file.mediaType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', contentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', cacheControl)
      .send(Readable.from(service.bytes(file.id)));
  }

  /** The one file of a multipart upload, streamed to the service: never read whole into memory. */
  async function receive(request: FastifyRequest, target: AttachmentTarget) {
    return service.attach(currentSession(request).user, target, await uploadedFile(request));
  }

  app.post(
    '/api/actions/:actionId/updates/:updateId/attachments',
    {
      config: { access: ['manager', 'lead'], documentedBody },
      schema: {
        tags: ['evidence'],
        summary:
          'Attach a file of evidence to a status update (its action’s leads, or the manager at sign-off)',
        consumes: ['multipart/form-data'],
        params: updateAttachmentParamsSchema,
        response: uploadReplies,
      },
    },
    async (request, reply) => {
      const { actionId, updateId } = request.params;
      const attached = await receive(request, { kind: 'update', actionId, statusUpdateId: updateId });
      return reply.status(201).send(attached);
    },
  );

  app.post(
    '/api/findings/:findingId/judgements/:judgementId/attachments',
    {
      config: { access: ['manager'], documentedBody },
      schema: {
        tags: ['evidence'],
        summary: 'Attach a file of evidence to a finding’s judgement',
        consumes: ['multipart/form-data'],
        params: judgementAttachmentParamsSchema,
        response: uploadReplies,
      },
    },
    async (request, reply) => {
      const { findingId, judgementId } = request.params;
      const attached = await receive(request, {
        kind: 'judgement',
        findingId,
        findingJudgementId: judgementId,
      });
      return reply.status(201).send(attached);
    },
  );

  app.get(
    '/api/actions/:actionId/attachments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evidence'],
        summary:
          'The files attached to an action’s updates, oldest first, and when, by whom and why any were removed',
        params: actionParamsSchema,
        response: { 200: attachmentListSchema, ...errorReplies },
      },
    },
    async (request) => service.forAction(request.params.actionId),
  );

  app.delete(
    '/api/attachments/:attachmentId',
    {
      // The manager removes a file even from a closed plan (decision 035): remove-attachment.ts decides.
      config: { access: ['manager', 'lead'], closedPlan: 'checked' },
      schema: {
        tags: ['evidence'],
        summary:
          'Remove a file attached by mistake, saying why: its bytes are erased; its name and the reason stay in the audit trail (the manager, or whoever attached it while they may update the action)',
        params: attachmentParamsSchema,
        body: removeAttachmentBodySchema,
        response: { 200: attachmentRemovedSchema, ...errorReplies },
      },
    },
    async (request) =>
      service.remove(currentSession(request).user, request.params.attachmentId, request.body.reason),
  );

  for (const [method, on] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/api/attachments/:attachmentId/public',
      config: { access: ['manager'] },
      schema: {
        tags: ['evidence'],
        summary: on
          ? 'Show a file of an action’s update on the public page, while the action’s summary is published'
          : 'Take a file off the public page',
        params: attachmentParamsSchema,
        response: { 200: attachmentSchema, ...errorReplies },
      },
      handler: async (request) =>
        service.setPublic(currentSession(request).user.id, request.params.attachmentId, on),
    });
  }

  app.get(
    '/api/public/plans/:slug/files/:attachmentId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'A file the manager approved for the public page, as an attachment',
        params: publicFileParamsSchema,
        // Public: never 401, 403 or 409 (the refusals every route may answer are added for all).
        response: { 200: fileReplied, 404: errorReplies[404] },
      },
    },
    async (request, reply) => {
      const plan = await findPublicPlan(app.database.db, request.params.slug);
      if (!plan) throw new NotFoundError('File');
      const file = await service.publicFile(plan.planId, request.params.attachmentId);
      return sendFile(reply, file, 'public, max-age=300');
    },
  );

  app.get(
    '/api/attachments/:attachmentId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evidence'],
        summary: 'Download a file: always as an attachment, with its type as read from its content',
        params: attachmentParamsSchema,
        response: { 200: fileReplied, ...errorReplies },
      },
    },
    async (request, reply) => {
      return sendFile(reply, await service.file(request.params.attachmentId), 'private, no-store');
    },
  );
};
