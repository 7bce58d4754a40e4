import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFileSchema, restoreReplySchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSession } from '../../plugins/auth';
import { errorReplies } from '../../plugins/errors';
import { restoreBackup } from './backup-restore';
import { backupToStream } from './backup-writer';

/** The largest backup the API takes; larger ones are restored from the command line. */
export const MAX_RESTORE_BYTES = 100 * 1024 * 1024;

export const backupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/backup',
    {
      config: { access: ['manager'] },
      schema: {
        tags: ['backup'],
        summary: 'The whole database as JSON, every table but sessions, to restore into a new database',
        response: {
          200: z.any().describe('The backup, as the Backup schema (a file to download)'),
          ...errorReplies,
        },
      },
    },
    async (_request, reply) => {
      // Written to a file first, so a slow download never holds the database's snapshot open.
      const folder = await mkdtemp(join(tmpdir(), 'ragboard-backup-'));
      const path = join(folder, 'backup.json');
      const now = app.now();
      try {
        await backupToStream(app.database.db, createWriteStream(path), now);
      } catch (error) {
        await rm(folder, { recursive: true, force: true });
        throw error;
      }
      const body = (await open(path)).createReadStream();
      // An open file stays readable once removed: nothing is left behind, whatever becomes of the download.
      await rm(folder, { recursive: true, force: true }).catch(() =>
        body.on('close', () => void rm(folder, { recursive: true, force: true })),
      );
      const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="ragboard-backup-${stamp}Z.json"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.post(
    '/api/restore',
    {
      config: { access: ['manager'] },
      bodyLimit: MAX_RESTORE_BYTES,
      schema: {
        tags: ['backup'],
        summary:
          'Restore a backup into a new database (nothing but its first accounts): they, and every session, give way to the backup’s',
        body: backupFileSchema,
        response: { 200: restoreReplySchema, 422: errorReplies[400], ...errorReplies },
      },
    },
    async (request) => restoreBackup(app.database.db, request.body, currentSession(request).user),
  );
};
