import {
  type CreateMeetingBody,
  type createReportingBodyBodySchema,
  formatDate,
  type ReportingBody,
  type ReportSection,
  type SessionUser,
  type UpdateMeetingBody,
  type updateReportingBodyBodySchema,
} from '@ragboard/shared';
import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { priorities } from '../../db/schema';
import { recordPlanChange } from '../../journal';
import { NotFoundError, StaleVersionError, ValidationError } from '../../plugins/errors';
import { isStale } from '../../plugins/etag';
import { plansRepository } from '../plans';
import { reportsService } from '../reports';
import { meetingsRepository } from './meetings.repository';

type NewBody = z.output<typeof createReportingBodyBodySchema>;
type BodyChange = z.output<typeof updateReportingBodyBodySchema>;
type BodyRow = NonNullable<Awaited<ReturnType<ReturnType<typeof meetingsRepository>['findBody']>>>;

/** A body as the audit keeps it, before and after a change. */
function bodyFields(row: BodyRow) {
  return {
    name: row.name,
    cadence: row.cadence,
    sections: row.sections,
    priorityIds: row.priorityIds,
    draftDaysBefore: row.draftDaysBefore,
    version: row.version,
  };
}

/** A meeting's pack is titled by its body and the meeting's day. */
const packTitle = (bodyName: string, meetsOn: string) => `${bodyName}, ${formatDate(meetsOn)}`;

export function meetingsService(db: Db, now: () => Date) {
  const repository = meetingsRepository(db);

  async function requirePlan(planId: string) {
    if (!(await plansRepository(db).exists(planId))) throw new NotFoundError('Plan');
  }

  async function checkPriorities(tx: Db, planId: string, priorityIds: string[] | null | undefined) {
    if (!priorityIds) return;
    const found = await tx
      .select({ id: priorities.id, planId: priorities.planId })
      .from(priorities)
      .where(inArray(priorities.id, priorityIds));
    if (found.length !== priorityIds.length || found.some((p) => p.planId !== planId)) {
      const message = 'Choose priorities of this plan';
      throw new ValidationError(message, [{ path: 'body.priorityIds', message }]);
    }
  }

  /** The live body, locked, after the If-Match check: 409 with the body as it now stands. */
  async function lockBody(tx: Db, bodyId: string, ifMatch: number | null, user: SessionUser) {
    const body = await meetingsRepository(tx).lockBody(bodyId);
    if (!body) throw new NotFoundError('Body');
    if (isStale(ifMatch, body.version)) {
      const bodies: ReportingBody[] = await meetingsRepository(tx).bodiesOf(
        body.planId,
        user.role === 'manager',
      );
      // Live and locked, so listed.
      throw new StaleVersionError(
        'This body was changed by someone else',
        bodies.find((b) => b.id === bodyId)!,
      );
    }
    return body;
  }

  /** The meeting, locked, if it is still there and the manager saw its current version. */
  async function lockMeeting(tx: Db, meetingId: string, ifMatch: number | null) {
    const found = await meetingsRepository(tx).lockMeeting(meetingId);
    if (!found) throw new NotFoundError('Meeting');
    if (isStale(ifMatch, found.meeting.version)) {
      const bodies = await meetingsRepository(tx).bodiesOf(found.body.planId, true);
      const meeting = bodies.flatMap((b) => b.meetings).find((m) => m.id === meetingId);
      // Found and locked, so listed.
      throw new StaleVersionError('This meeting was changed by someone else', meeting!);
    }
    return found;
  }

  return {
    async list(user: SessionUser, planId: string) {
      await requirePlan(planId);
      return repository.bodiesOf(planId, user.role === 'manager');
    },

    async createBody(actorId: string, planId: string, body: NewBody) {
      await requirePlan(planId);
      await checkPriorities(db, planId, body.priorityIds);
      return writeTransaction(db, async (tx) => {
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

    /** Changes a body (If-Match: its version); returns its plan. */
    async updateBody(user: SessionUser, bodyId: string, change: BodyChange, ifMatch: number | null) {
      return writeTransaction(db, async (tx) => {
        const before = await lockBody(tx, bodyId, ifMatch, user);
        await checkPriorities(tx, before.planId, change.priorityIds);
        const after = await meetingsRepository(tx).updateBody(bodyId, change, now());
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: before.planId,
          entityType: 'reporting-body',
          entityId: bodyId,
          operation: 'update',
          before: bodyFields(before),
          after: bodyFields(after),
        });
        return before.planId;
      });
    },

    /**
     * Retires a body (If-Match: its version): no longer listed, nor drafted for; its meetings and
     * the packs drafted for them are kept. Returns its plan.
     */
    async retireBody(user: SessionUser, bodyId: string, ifMatch: number | null) {
      return writeTransaction(db, async (tx) => {
        const before = await lockBody(tx, bodyId, ifMatch, user);
        const at = now();
        const after = await meetingsRepository(tx).updateBody(bodyId, { retiredAt: at }, at);
        await recordPlanChange(tx, {
          actorId: user.id,
          planId: before.planId,
          entityType: 'reporting-body',
          entityId: bodyId,
          operation: 'retire',
          before: bodyFields(before),
          after: { ...bodyFields(after), retiredAt: at.toISOString() },
        });
        return before.planId;
      });
    },

    /** Moves a meeting; a pack already drafted for it stays linked. Returns its plan. */
    async moveMeeting(actorId: string, meetingId: string, dates: UpdateMeetingBody, ifMatch: number | null) {
      return writeTransaction(db, async (tx) => {
        const { meeting, body } = await lockMeeting(tx, meetingId, ifMatch);
        await meetingsRepository(tx).moveMeeting(meetingId, dates);
        const packRetitled =
          meeting.reportId !== null &&
          (await meetingsRepository(tx).retitleDraftPack(
            meeting.reportId,
            packTitle(body.name, meeting.meetsOn),
            packTitle(body.name, dates.meetsOn),
          ));
        await recordPlanChange(tx, {
          actorId,
          planId: body.planId,
          entityType: 'meeting',
          entityId: meetingId,
          operation: 'update',
          before: { body: body.name, meetsOn: meeting.meetsOn, papersDue: meeting.papersDue },
          after: { body: body.name, ...dates, ...(packRetitled ? { packRetitled } : {}) },
        });
        return body.planId;
      });
    },

    /** Cancels a meeting: its row goes; a pack drafted for it stays, an ordinary report. */
    async cancelMeeting(actorId: string, meetingId: string, ifMatch: number | null) {
      return writeTransaction(db, async (tx) => {
        const { meeting, body } = await lockMeeting(tx, meetingId, ifMatch);
        await meetingsRepository(tx).deleteMeeting(meetingId);
        await recordPlanChange(tx, {
          actorId,
          planId: body.planId,
          entityType: 'meeting',
          entityId: meetingId,
          operation: 'cancel',
          before: {
            body: body.name,
            meetsOn: meeting.meetsOn,
            papersDue: meeting.papersDue,
            reportId: meeting.reportId,
          },
        });
        return body.planId;
      });
    },

    async createMeeting(actorId: string, bodyId: string, meeting: CreateMeetingBody) {
      const body = await repository.findBody(bodyId);
      if (!body || body.retiredAt) throw new NotFoundError('Body');
      return writeTransaction(db, async (tx) => {
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
     * Drafts the pack of every meeting of a plan not closed whose day has come (its papers' deadline
     * less the body's days), from the plan's latest closed month, with the body's sections and priorities. Each
     * meeting gets one pack however many instances run this at once: the meeting's row is locked
     * and checked again inside the transaction that makes it. Returns how many were drafted.
     */
    async draftDuePacks(): Promise<number> {
      const today = now().toISOString().slice(0, 10);
      let drafted = 0;
      for (const { meetingId } of await repository.due(today)) {
        const made = await writeTransaction(db, async (tx) => {
          const meetings = meetingsRepository(tx);
          const claimed = await meetings.claim(meetingId);
          if (!claimed) return false;
          const { meeting, body } = claimed;
          // A closed plan is frozen (decision 026): no pack is drafted for it.
          if ((await meetings.lockPlanState(body.planId)) === 'closed') return false;
          const period = await meetings.latestClosedPeriod(body.planId);
          if (!period) return false;
          const report = await reportsService(tx, now).create(
            null,
            body.planId,
            {
              period,
              title: packTitle(body.name, meeting.meetsOn),
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
