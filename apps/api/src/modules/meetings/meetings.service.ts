import {
  type CreateMeetingBody,
  type createReportingBodyBodySchema,
  formatDate,
  type ReportSection,
  type SessionUser,
} from '@ragboard/shared';
import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { priorities } from '../../db/schema';
import { NotFoundError, ValidationError } from '../../plugins/errors';
import { recordPlanChange } from '../plans/plan-changes';
import { plansRepository } from '../plans/plans.repository';
import { reportsService } from '../reports/reports.service';
import { meetingsRepository } from './meetings.repository';

type NewBody = z.output<typeof createReportingBodyBodySchema>;

export function meetingsService(db: Db, now: () => Date) {
  const repository = meetingsRepository(db);

  async function requirePlan(planId: string) {
    if (!(await plansRepository(db).exists(planId))) throw new NotFoundError('Plan');
  }

  return {
    async list(user: SessionUser, planId: string) {
      await requirePlan(planId);
      return repository.bodiesOf(planId, user.role === 'manager');
    },

    async createBody(actorId: string, planId: string, body: NewBody) {
      await requirePlan(planId);
      if (body.priorityIds) {
        const found = await db
          .select({ id: priorities.id, planId: priorities.planId })
          .from(priorities)
          .where(inArray(priorities.id, body.priorityIds));
        if (found.length !== body.priorityIds.length || found.some((p) => p.planId !== planId)) {
          const message = 'Choose priorities of this plan';
          throw new ValidationError(message, [{ path: 'body.priorityIds', message }]);
        }
      }
      return db.transaction(async (tx) => {
        const row = await meetingsRepository(tx).insertBody({ planId, ...body });
        await recordPlanChange(tx, {
          actorId,
          planId,
          entityType: 'reporting-body',
          entityId: row.id,
          operation: 'create',
          after: body,
        });
        return row;
      });
    },

    async createMeeting(actorId: string, bodyId: string, meeting: CreateMeetingBody) {
      const body = await repository.findBody(bodyId);
      if (!body) throw new NotFoundError('Body');
      return db.transaction(async (tx) => {
        const row = await meetingsRepository(tx).insertMeeting({ bodyId, ...meeting });
        await recordPlanChange(tx, {
          actorId,
          planId: body.planId,
          entityType: 'meeting',
          entityId: row.id,
          operation: 'create',
          after: { body: body.name, ...meeting },
        });
        return body.planId;
      });
    },

    /**
     * Drafts the pack of every meeting whose day has come (its papers' deadline less the body's
     * days), from the plan's latest closed month, with the body's sections and priorities. Each
     * meeting gets one pack however many instances run this at once: the meeting's row is locked
     * and checked again inside the transaction that makes it. Returns how many were drafted.
     */
    async draftDuePacks(): Promise<number> {
      const today = now().toISOString().slice(0, 10);
      let drafted = 0;
      for (const { meetingId } of await repository.due(today)) {
        const made = await db.transaction(async (tx) => {
          const meetings = meetingsRepository(tx);
          const claimed = await meetings.claim(meetingId);
          if (!claimed) return false;
          const { meeting, body } = claimed;
          const period = await meetings.latestClosedPeriod(body.planId);
          if (!period) return false;
          const report = await reportsService(tx, now).create(
            null,
            body.planId,
            {
              period,
              title: `${body.name}, ${formatDate(meeting.meetsOn)}`,
              sections: body.sections as ReportSection[],
            },
            body.priorityIds,
          );
          await meetings.setReport(meeting.id, report.id);
          await recordPlanChange(tx, {
            actorId: null,
            planId: body.planId,
            entityType: 'meeting',
            entityId: meeting.id,
            operation: 'draft-pack',
            after: { reportId: report.id, period },
          });
          return true;
        });
        if (made) drafted++;
      }
      return drafted;
    },
  };
}
