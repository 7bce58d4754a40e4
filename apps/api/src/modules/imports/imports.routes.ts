import multipart from '@fastify/multipart';
import {
  asOfTooLate,
  importAsOfSchema,
  importCommitReplySchema,
  importMappingSchema,
  importParamsSchema,
  importPreviewSchema,
  importTitleSchema,
  type Month,
  monthOf,
  planExportQuerySchema,
  planParamsSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { AppError, errorReplies, ValidationError } from '../../plugins/errors';
import { fileReply } from '../../plugins/file-reply';
import { refuseUnstorableText } from '../../plugins/text-input';
import { importsService } from './imports.service';
import { exportPlan, PLAN_EXPORT_CONTENT_TYPES } from './plan-export';
import { MAX_FILE_BYTES } from './read-table';

/** The month the file's statuses are recorded for: a month, not after this one; empty means this one. */
function readAsOf(raw: string | undefined, current: Month): Month {
  if (!raw?.trim()) return current;
  const parsed = importAsOfSchema.safeParse(raw.trim());
  const message = parsed.success
    ? asOfTooLate(parsed.data, current)
    : 'Enter the month the statuses were true, as YYYY-MM';
  if (message) throw new ValidationError(message, [{ path: 'body.asOf', message }]);
  return parsed.data!;
}

function fieldValue(field: unknown): string | undefined {
  const value = (field as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value : undefined;
}

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 10_000 },
  });
  const service = importsService(app.database.db, app.now);

  app.post(
    '/api/imports',
    {
      config: {
        access: ['manager'],
        documentedBody: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', format: 'binary', description: 'The plan, .csv or .xlsx, up to 5 MB' },
            title: {
              type: 'string',
              maxLength: 300,
              description: 'The plan’s title; the file’s name if empty',
            },
            mapping: {
              type: 'string',
              description: 'JSON: which of the file’s headers holds each column, e.g. {"action":"Task"}',
            },
            asOf: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}$',
              description:
                'YYYY-MM: the month the file’s statuses were true, not after this one (default: this month)',
            },
          },
        },
      },
      schema: {
        tags: ['imports'],
        summary:
          'Upload a plan as .csv or .xlsx (multipart: title?, mapping?, asOf?, then file): a preview, nothing written',
        consumes: ['multipart/form-data'],
        response: {
          200: importPreviewSchema,
          413: errorReplies[400],
          422: errorReplies[400],
          ...errorReplies,
        },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new AppError(400, 'bad_request', 'Send the file as multipart/form-data');
      const file = await request.file().catch((error: { statusCode?: number }) => {
        // The parser's own complaints (no boundary, a malformed part) carry no status: bad input.
        throw error.statusCode
          ? error
          : new AppError(400, 'bad_request', 'The upload is not valid multipart/form-data');
      });
      if (!file)
        throw new ValidationError('Choose a file to import', [
          { path: 'body.file', message: 'Choose a file to import' },
        ]);
      const data = await file.toBuffer().catch((error: { statusCode?: number }) => {
        throw error.statusCode === 413
          ? new AppError(413, 'payload_too_large', 'Files of up to 5 MB can be imported')
          : new AppError(400, 'bad_request', 'The upload ended before the file did');
      });
      let mapping: unknown;
      try {
        mapping = fieldValue(file.fields.mapping) ? JSON.parse(fieldValue(file.fields.mapping)!) : undefined;
      } catch {
        throw new ValidationError('The column mapping is not JSON', [
          { path: 'body.mapping', message: 'Not JSON' },
        ]);
      }
      const parsed = importMappingSchema.optional().safeParse(mapping);
      if (!parsed.success) {
        throw new ValidationError('The column mapping names unknown fields', [
          { path: 'body.mapping', message: parsed.error.message },
        ]);
      }
      const titled = importTitleSchema.safeParse(fieldValue(file.fields.title) ?? '');
      if (!titled.success) {
        const message = titled.error.issues[0]?.message ?? 'Enter a shorter title';
        throw new ValidationError(message, [{ path: 'body.title', message }]);
      }
      const title = titled.data;
      const asOf = readAsOf(fieldValue(file.fields.asOf), monthOf(app.now()));
      refuseUnstorableText({ 'body.file': file.filename, 'body.title': title, 'body.mapping': parsed.data });
      return service.preview(currentSession(request).user, { name: file.filename, data }, title, {
        mapping: parsed.data,
        asOf,
      });
    },
  );

  app.post(
    '/api/imports/:importId/commit',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['imports'],
        summary: 'Write the previewed plan, in one transaction (422 while the preview has errors)',
        params: importParamsSchema,
        response: { 201: importCommitReplySchema, 422: errorReplies[400], ...errorReplies },
      },
    },
    async (request, reply) => {
      const result = await service.commit(currentSession(request).user, request.params.importId);
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/plans/:planId/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['imports'],
        summary:
          'The plan as .csv or .xlsx in the importer’s columns, with each action’s current status and note',
        params: planParamsSchema,
        querystring: planExportQuerySchema,
        response: {
          200: fileReply('The plan, in the format asked for', Object.values(PLAN_EXPORT_CONTENT_TYPES)),
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const file = await exportPlan(app.database.db, request.params.planId, request.query.format, app.now());
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.body);
    },
  );
};
