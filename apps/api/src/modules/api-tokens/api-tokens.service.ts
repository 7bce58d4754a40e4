import { randomBytes } from 'node:crypto';
import type { ApiTokenCreated, CreateApiTokenBody } from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { NotFoundError } from '../../plugins/errors';
import { hashToken } from '../credentials';
import { apiTokensRepository } from './api-tokens.repository';

const DAY_MS = 86_400_000;

/** Read-only tokens for reporting tools: made and revoked by the manager, each audited. */
export function apiTokensService(db: Db, now: () => Date) {
  return {
    list: () => apiTokensRepository(db).list(),

    create: (actorId: string, body: CreateApiTokenBody) =>
      writeTransaction(db, async (tx): Promise<ApiTokenCreated> => {
        // 256 random bits, as a session's: shown once, stored only as its hash.
        const token = `rgb_${randomBytes(32).toString('base64url')}`;
        const at = now();
        const repo = apiTokensRepository(tx);
        const id = await repo.insert({
          name: body.name,
          tokenHash: hashToken(token),
          createdById: actorId,
          createdAt: at,
          expiresAt: new Date(at.getTime() + body.expiresInDays * DAY_MS),
        });
        const apiToken = (await repo.find(id))!;
        await recordAudit(tx, {
          actorId,
          entityType: 'api-token',
          entityId: id,
          operation: 'create',
          after: apiToken,
        });
        return { apiToken, token };
      }),

    revoke: (actorId: string, tokenId: string) =>
      writeTransaction(db, async (tx) => {
        const repo = apiTokensRepository(tx);
        const before = await repo.find(tokenId);
        if (!before) throw new NotFoundError('API token');
        if (!(await repo.revoke(tokenId, actorId, now()))) return before;
        const after = (await repo.find(tokenId))!;
        await recordAudit(tx, {
          actorId,
          entityType: 'api-token',
          entityId: tokenId,
          operation: 'revoke',
          before,
          after,
        });
        return after;
      }),
  };
}
