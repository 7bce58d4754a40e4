import {
  boardReportSchema,
  createReportBodySchema,
  planParamsSchema,
  reportExportQuerySchema,
  reportListSchema,
  reportParamsSchema,
  updateReportBodySchema,
} from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { parseIfMatch, versionTag } from '../../plugins/etag';
import { fileReply } from '../../plugins/file-reply';
import { exportReport, REPORT_CONTENT_TYPES } from './exports';
import { reportsService } from './reports.service';

const managerOnly = { access: ['manager'] as const };

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = reportsService(app.database.db, app.now);

  app.get(
    '/api/plans/:planId/reports',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['reports'],
        summary: 'The plan’s board reports, newest period first (drafts for the manager only)',
        params: planParamsSchema,
        response: { 200: reportListSchema, ...errorReplies },
      },
    },
    async (request) => ({ reports: await service.list(currentSession(request).user, request.params.planId) }),
  );

  app.post(
    '/api/plans/:planId/reports',
    {
      config: { ...managerOnly, etag: true },
      schema: {
        tags: ['reports'],
        summary: 'Start a draft board report: a snapshot of the plan at the period',
        params: planParamsSchema,
        body: createReportBodySchema,
        response: { 201: boardReportSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const report = await service.create(
        currentSession(request).user.id,
        request.params.planId,
        request.body,
      );
      return reply.status(201).header('etag', versionTag(report)).send(report);
    },
  );

  app.get(
    '/api/reports/:reportId',
    {
      config: { access: 'signed-in', apiToken: true, etag: true },
      schema: {
        tags: ['reports'],
        summary: 'A board report with its snapshot and commentary (ETag: its version)',
        params: reportParamsSchema,
        response: { 200: boardReportSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const report = await service.get(currentSession(request).user, request.params.reportId);
      return reply.header('etag', versionTag(report)).send(report);
    },
  );

  app.patch(
    '/api/reports/:reportId',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['reports'],
        summary: 'Edit a draft: title, commentary, sections, or `refresh: true` to take the snapshot again',
        params: reportParamsSchema,
        body: updateReportBodySchema,
        response: { 200: boardReportSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user } = currentSession(request);
      const report = await service.update(
        user.id,
        request.params.reportId,
        request.body,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(report)).send(report);
    },
  );

  app.post(
    '/api/reports/:reportId/publish',
    {
      config: { ...managerOnly, etag: true, ifMatch: true },
      schema: {
        tags: ['reports'],
        summary: 'Publish a draft: it is frozen for good',
        params: reportParamsSchema,
        response: { 200: boardReportSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const report = await service.publish(
        currentSession(request).user.id,
        request.params.reportId,
        parseIfMatch(request),
      );
      return reply.header('etag', versionTag(report)).send(report);
    },
  );

  app.get(
    '/api/reports/:reportId/export',
    {
      config: { access: 'signed-in', apiToken: true },
      schema: {
        tags: ['reports'],
        summary: 'The report as PDF, Word, Excel, CSV or HTML, to download',
        params: reportParamsSchema,
        querystring: reportExportQuerySchema,
        response: {
          200: fileReply('The report, in the format asked for', REPORT_CONTENT_TYPES),
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const report = await service.get(currentSession(request).user, request.params.reportId);
      const file = await exportReport(report, request.query.format);
      if (request.query.format === 'html') {
        // A self-contained page: its own styles, no script at all.
        reply.header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        );
      }
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.body);
    },
  );
};
