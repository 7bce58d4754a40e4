import {
  type BoardReport,
  type CreateReportBody,
  REPORT_SECTIONS,
  type SessionUser,
  type UpdateReportBody,
} from '@ragboard/shared';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordPlanChange } from '../../journal';
import { ConflictError, NotFoundError, StaleVersionError } from '../../plugins/errors';
import { assertIfMatch } from '../../plugins/etag';
import { plansRepository } from '../plans';
import { takeSnapshot } from './report-snapshot';
import { reportsRepository, toBoardReport } from './reports.repository';

/** Drafts are the manager's; everyone else sees only what is published, which never changes. */
export function reportsService(db: Db, now: () => Date) {
  async function visible(user: SessionUser, reportId: string) {
    const row = await reportsRepository(db).find(reportId);
    if (!row || (row.state === 'draft' && user.role !== 'manager')) throw new NotFoundError('Report');
    return row;
  }

  async function editable(tx: Db, reportId: string, ifMatch: number | null) {
    const row = await reportsRepository(tx).find(reportId);
    if (!row) throw new NotFoundError('Report');
    if (row.state === 'published')
      throw new ConflictError('This report is published: it can no longer change');
    assertIfMatch(ifMatch, row, 'report', toBoardReport(row));
    return row;
  }

  return {
    async list(user: SessionUser, planId: string) {
      if (!(await plansRepository(db).exists(planId))) throw new NotFoundError('Plan');
      return (await reportsRepository(db).list(planId, user.role !== 'manager')).map(toBoardReport);
    },

    get: async (user: SessionUser, reportId: string) => toBoardReport(await visible(user, reportId)),

    /** A draft from the plan at `body.period`; with `scope`, of those priorities only (a body's pack). */
    create: (actorId: string | null, planId: string, body: CreateReportBody, scope: string[] | null = null) =>
      writeTransaction(db, async (tx) => {
        const snapshot = await takeSnapshot(tx, planId, body.period, now(), scope);
        if (!snapshot) throw new NotFoundError('Plan');
        const row = await reportsRepository(tx).insert({
          planId,
          period: body.period,
          title: body.title,
          commentary: body.commentary ?? { overall: '', priorities: {} },
          sections: body.sections ?? [...REPORT_SECTIONS],
          snapshot,
          scopePriorityIds: scope,
          createdById: actorId,
          createdAt: now(),
          updatedAt: now(),
        });
        const report = toBoardReport(row);
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'report',
          entityId: row.id,
          operation: 'create',
          after: { title: report.title, period: report.period },
        });
        return report;
      }),

    update: (actorId: string, reportId: string, body: UpdateReportBody, ifMatch: number | null) =>
      writeTransaction(db, async (tx) => {
        const row = await editable(tx, reportId, ifMatch);
        const { refresh, ...fields } = body;
        const snapshot = refresh
          ? await takeSnapshot(tx, row.planId, row.period, now(), row.scopePriorityIds)
          : undefined;
        const updated = await reportsRepository(tx).updateDraft(
          reportId,
          row.version,
          { ...fields, ...(snapshot ? { snapshot } : {}) },
          now(),
        );
        if (!updated)
          throw new StaleVersionError('This report was changed by someone else', toBoardReport(row));
        await recordPlanChange(tx, {
          actorId,
          planId: row.planId,
          entityType: 'report',
          entityId: reportId,
          operation: refresh ? 'refresh' : 'update',
          before: { title: row.title, version: row.version },
          after: { title: updated.title, version: updated.version },
        });
        return toBoardReport(updated);
      }),

    /** Publishing freezes the report for good: its snapshot and commentary never change again. */
    publish: (actorId: string, reportId: string, ifMatch: number | null): Promise<BoardReport> =>
      writeTransaction(db, async (tx) => {
        const row = await editable(tx, reportId, ifMatch);
        const published = await reportsRepository(tx).updateDraft(
          reportId,
          row.version,
          { state: 'published', publishedAt: now(), publishedById: actorId },
          now(),
        );
        if (!published)
          throw new StaleVersionError('This report was changed by someone else', toBoardReport(row));
        await recordPlanChange(tx, {
          actorId,
          planId: row.planId,
          entityType: 'report',
          entityId: reportId,
          operation: 'publish',
          after: { title: row.title, period: row.period },
        });
        return toBoardReport(published);
      }),
  };
}
