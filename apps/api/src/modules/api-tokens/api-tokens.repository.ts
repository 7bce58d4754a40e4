import type { ApiToken } from '@ragboard/shared';
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, users } from '../../db/schema';
import type { ActiveSession } from '../credentials';

type ApiTokenRow = typeof apiTokens.$inferSelect;

/** A token's use is written down at most once a minute: Power BI reads in bursts. */
const TOUCH_EVERY_MS = 60_000;

export function toApiToken(row: ApiTokenRow, createdBy: string | null): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function apiTokensRepository(db: Db) {
  const withCreator = () =>
    db
      .select({ token: apiTokens, createdBy: users.displayName })
      .from(apiTokens)
      .leftJoin(users, eq(users.id, apiTokens.createdById));

  return {
    async list(): Promise<ApiToken[]> {
      const rows = await withCreator().orderBy(desc(apiTokens.createdAt));
      return rows.map((r) => toApiToken(r.token, r.createdBy));
    },

    async find(id: string): Promise<ApiToken | null> {
      const [row] = await withCreator().where(eq(apiTokens.id, id));
      return row ? toApiToken(row.token, row.createdBy) : null;
    },

    async insert(values: typeof apiTokens.$inferInsert): Promise<string> {
      const [row] = await db.insert(apiTokens).values(values).returning({ id: apiTokens.id });
      return row!.id;
    },

    /** True when this call revoked it; a token already revoked stays as it was. */
    async revoke(id: string, byId: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: at, revokedById: byId })
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },

    /**
     * The read-only caller a live token stands for (not revoked, not expired, its manager's account
     * still active), or null. It reads as a board member does: published reports, no accounts.
     */
    async resolve(tokenHash: string, now: Date): Promise<ActiveSession | null> {
      const [row] = await db
        .select({ id: apiTokens.id, name: apiTokens.name, createdById: apiTokens.createdById })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.createdById))
        .where(
          and(
            eq(apiTokens.tokenHash, tokenHash),
            isNull(apiTokens.revokedAt),
            gt(apiTokens.expiresAt, now),
            eq(users.active, true),
          ),
        );
      if (!row) return null;
      await db
        .update(apiTokens)
        .set({ lastUsedAt: now })
        .where(
          and(
            eq(apiTokens.id, row.id),
            or(
              isNull(apiTokens.lastUsedAt),
              lt(apiTokens.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS)),
            ),
          ),
        );
      return {
        tokenHash,
        csrfToken: '',
        user: {
          id: row.createdById,
          email: '',
          displayName: `API token: ${row.name}`,
          role: 'board',
          personId: null,
        },
        secondStep: null,
      };
    },
  };
}
