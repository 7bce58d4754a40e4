import type { BoardReport, ReportCommentary, ReportSection } from '@ragboard/shared';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { boardReports } from '../../db/schema';
import { readStoredSnapshot } from './stored-snapshot';

type ReportRow = typeof boardReports.$inferSelect;

export function toBoardReport(row: ReportRow): BoardReport {
  return {
    id: row.id,
    planId: row.planId,
    period: row.period,
    title: row.title,
    state: row.state,
    commentary: { overall: '', priorities: {}, ...(row.commentary as Partial<ReportCommentary>) },
    sections: row.sections as ReportSection[],
    snapshot: readStoredSnapshot(row.snapshot),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function reportsRepository(db: Db) {
  return {
    async list(planId: string, publishedOnly: boolean) {
      const filters: SQL[] = [eq(boardReports.planId, planId)];
      if (publishedOnly) filters.push(eq(boardReports.state, 'published'));
      return db
        .select()
        .from(boardReports)
        .where(and(...filters))
        .orderBy(desc(boardReports.period), desc(boardReports.createdAt));
    },

    async find(id: string): Promise<ReportRow | null> {
      const [row] = await db.select().from(boardReports).where(eq(boardReports.id, id));
      return row ?? null;
    },

    async insert(values: typeof boardReports.$inferInsert): Promise<ReportRow> {
      const [row] = await db.insert(boardReports).values(values).returning();
      return row!;
    },

    /** Changes a draft whose version still matches; null when it is published or was changed meanwhile. */
    async updateDraft(
      id: string,
      version: number,
      values: Partial<typeof boardReports.$inferInsert>,
      now: Date,
    ) {
      const [row] = await db
        .update(boardReports)
        .set({ ...values, updatedAt: now, version: sql`${boardReports.version} + 1` })
        .where(
          and(eq(boardReports.id, id), eq(boardReports.version, version), eq(boardReports.state, 'draft')),
        )
        .returning();
      return row ?? null;
    },
  };
}
