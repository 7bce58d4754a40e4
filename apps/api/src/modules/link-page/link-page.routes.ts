import multipart from '@fastify/multipart';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES_IN_WORDS,
  actionParamsSchema,
  answerChallengeBodySchema,
  attachmentParamsSchema,
  attachmentRemovedSchema,
  attachmentSchema,
  challengeListSchema,
  challengeParamsSchema,
  challengeSchema,
  errorResponseSchema,
  formatFileSize,
  leadFileListSchema,
  removeAttachmentBodySchema,
  UPDATE_REQUEST_HEADER,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUpdateRequest } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { UPLOAD_LIMITS, uploadedFile } from '../attachments';
import type { UpdateRequestLimits } from '../update-requests';
import { linkPageHtmlRoutes } from './html/link-page-html.routes';
import { linkPageService } from './link-page.service';

const linkHeaders = z.object({
  [UPDATE_REQUEST_HEADER]: z.string().describe('The token at the end of the emailed link (/update/<token>)'),
});
const linkReplies = { ...errorReplies, 429: errorResponseSchema };
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

/**
 * The rest of the lead's month through their emailed link (decision 051): evidence on their due
 * actions and answers to open challenges on their actions. The link's token in its header, as for
 * the updates (decision 023).
 */
export const linkPageRoutes: FastifyPluginAsyncZod<{
  webDistDir: string;
  limits: UpdateRequestLimits;
}> = async (app, opts) => {
  await app.register(multipart, { limits: UPLOAD_LIMITS });
  await app.register(linkPageHtmlRoutes, opts);
  const service = linkPageService(app.database.db, app.now);

  app.get(
    '/api/update-request/files',
    {
      config: { access: 'update-request' },
      schema: {
        tags: ['update requests'],
        summary: 'The files the link’s lead attached through their links to this month’s updates',
        headers: linkHeaders,
        response: { 200: leadFileListSchema, ...linkReplies },
      },
    },
    async (request) => ({ files: await service.files(currentUpdateRequest(request)) }),
  );

  app.post(
    '/api/update-request/actions/:actionId/attachments',
    {
      config: { access: 'update-request', documentedBody },
      schema: {
        tags: ['update requests'],
        summary:
          'Attach a file of evidence to this month’s update of one of the link’s due actions (no account needed)',
        description:
          'The same types and size as a signed-in lead’s evidence. 409 until the action has an update this month; 403 for an action not on the link.',
        consumes: ['multipart/form-data'],
        headers: linkHeaders,
        params: actionParamsSchema,
        response: { 201: attachmentSchema, 413: errorResponseSchema, ...linkReplies },
      },
    },
    async (request, reply) => {
      const link = currentUpdateRequest(request);
      const file = await service.attach(link, request.params.actionId, await uploadedFile(request));
      return reply.status(201).send(file);
    },
  );

  app.delete(
    '/api/update-request/attachments/:attachmentId',
    {
      config: { access: 'update-request' },
      schema: {
        tags: ['update requests'],
        summary: 'Remove a file the lead attached through a link to this month’s updates, saying why',
        headers: linkHeaders,
        params: attachmentParamsSchema,
        body: removeAttachmentBodySchema,
        response: { 200: attachmentRemovedSchema, ...linkReplies },
      },
    },
    async (request) =>
      service.removeFile(currentUpdateRequest(request), request.params.attachmentId, request.body.reason),
  );

  app.get(
    '/api/update-request/challenges',
    {
      config: { access: 'update-request' },
      schema: {
        tags: ['update requests'],
        summary: 'The open challenges on the link’s lead’s actions in its plan, newest first',
        headers: linkHeaders,
        response: { 200: challengeListSchema, ...linkReplies },
      },
    },
    async (request) => ({ challenges: await service.challenges(currentUpdateRequest(request)) }),
  );

  app.post(
    '/api/update-request/challenges/:challengeId/answer',
    {
      config: { access: 'update-request', etag: true, ifMatch: true },
      schema: {
        tags: ['update requests'],
        summary:
          'Answer an open challenge on one of the link’s lead’s actions, which closes it (If-Match optional)',
        headers: linkHeaders,
        params: challengeParamsSchema,
        body: answerChallengeBodySchema,
        response: { 200: challengeSchema, ...linkReplies },
      },
    },
    async (request, reply) => {
      const link = currentUpdateRequest(request);
      const challenge = await service.answer(
        link,
        request.params.challengeId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(challenge)).send(challenge);
    },
  );
};
