import { planParamsSchema, readinessPackQuerySchema } from '@ragboard/shared';
import contentDisposition from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorReplies } from '../../plugins/errors';
import { fileReply } from '../../plugins/file-reply';
import { readinessPackModel } from './readiness-pack.model';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export const readinessPackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:planId/readiness-pack',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['findings'],
        summary:
          'The revisit readiness pack: each finding’s judgements, actions across plans, notes and evidence',
        description:
          'A Word document (format=docx, the default) or a PDF, with a cover of what changed since each finding’s latest judgement.',
        params: planParamsSchema,
        querystring: readinessPackQuerySchema,
        response: {
          200: fileReply('The pack, in the format asked for', Object.values(TYPES)),
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const pack = await readinessPackModel(app.database.db, request.params.planId, app.now());
      // The document libraries are loaded on first use, as the reports' exports are.
      const body =
        format === 'pdf'
          ? await (await import('./readiness-pack.pdf')).readinessPackPdf(pack)
          : await (await import('./readiness-pack.docx')).readinessPackDocx(pack);
      return reply
        .header('content-type', TYPES[format])
        .header(
          'content-disposition',
          contentDisposition(`Revisit readiness pack - ${pack.planTitle}.${format}`),
        )
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
};
