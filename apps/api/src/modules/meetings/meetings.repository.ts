import type { ReportingBody } from '@ragboard/shared';
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { boardReports, bodyMeetings, plans, reportingBodies, reportingPeriods } from '../../db/schema';

/** "2027-01-14" less some days, as a date. */
export function daysBefore(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}

export function meetingsRepository(db: Db) {
  return {
    /** The plan's bodies, each with its meetings soonest first; drafts shown only to the manager. */
    async bodiesOf(planId: string, withDrafts: boolean): Promise<ReportingBody[]> {
      const bodies = await db
        .select()
        .from(reportingBodies)
        .where(and(eq(reportingBodies.planId, planId), isNull(reportingBodies.retiredAt)))
        .orderBy(asc(reportingBodies.name));
      if (bodies.length === 0) return [];
      const meetings = await db
        .select({
          meeting: bodyMeetings,
          report: { id: boardReports.id, title: boardReports.title, state: boardReports.state },
        })
        .from(bodyMeetings)
        .leftJoin(boardReports, eq(boardReports.id, bodyMeetings.reportId))
        .where(
          inArray(
            bodyMeetings.bodyId,
            bodies.map((b) => b.id),
          ),
        )
        .orderBy(asc(bodyMeetings.meetsOn));
      return bodies.map((b) => ({
        id: b.id,
        name: b.name,
        cadence: b.cadence,
        sections: b.sections as ReportingBody['sections'],
        priorityIds: b.priorityIds,
        draftDaysBefore: b.draftDaysBefore,
        version: b.version,
        meetings: meetings
          .filter((m) => m.meeting.bodyId === b.id)
          .map(({ meeting, report }) => ({
            id: meeting.id,
            meetsOn: meeting.meetsOn,
            papersDue: meeting.papersDue,
            draftOn: daysBefore(meeting.papersDue, b.draftDaysBefore),
            report: report?.id && (withDrafts || report.state === 'published') ? report : null,
            version: meeting.version,
          })),
      }));
    },

    async insertBody(values: typeof reportingBodies.$inferInsert) {
      const [row] = await db.insert(reportingBodies).values(values).returning();
      return row!;
    },

    async findBody(bodyId: string) {
      const [row] = await db.select().from(reportingBodies).where(eq(reportingBodies.id, bodyId));
      return row ?? null;
    },

    /** The body, locked until the transaction ends; null when unknown or retired. */
    async lockBody(bodyId: string) {
      const [row] = await db
        .select()
        .from(reportingBodies)
        .where(and(eq(reportingBodies.id, bodyId), isNull(reportingBodies.retiredAt)))
        .for('update');
      return row ?? null;
    },

    async updateBody(bodyId: string, values: Partial<typeof reportingBodies.$inferInsert>, now: Date) {
      const [row] = await db
        .update(reportingBodies)
        .set({ ...values, updatedAt: now, version: sql`${reportingBodies.version} + 1` })
        .where(eq(reportingBodies.id, bodyId))
        .returning();
      return row!;
    },

    /** The meeting and its (live) body, the meeting locked until the transaction ends. */
    async lockMeeting(meetingId: string) {
      const [row] = await db
        .select({ meeting: bodyMeetings, body: reportingBodies })
        .from(bodyMeetings)
        .innerJoin(reportingBodies, eq(reportingBodies.id, bodyMeetings.bodyId))
        .where(and(eq(bodyMeetings.id, meetingId), isNull(reportingBodies.retiredAt)))
        .for('update', { of: bodyMeetings });
      return row ?? null;
    },

    async moveMeeting(meetingId: string, dates: { meetsOn: string; papersDue: string }) {
      const [row] = await db
        .update(bodyMeetings)
        .set({ ...dates, version: sql`${bodyMeetings.version} + 1` })
        .where(eq(bodyMeetings.id, meetingId))
        .returning();
      return row!;
    },

    /** Cancels the meeting: its row goes; its pack, if drafted, stays an ordinary report. */
    async deleteMeeting(meetingId: string) {
      await db.delete(bodyMeetings).where(eq(bodyMeetings.id, meetingId));
    },

    async insertMeeting(values: typeof bodyMeetings.$inferInsert) {
      const [row] = await db.insert(bodyMeetings).values(values).returning();
      return row!;
    },

    /** Meetings still to come, of plans not closed, whose pack is due to be drafted by `today` and has not been. */
    async due(today: string) {
      return db
        .select({ meetingId: bodyMeetings.id })
        .from(bodyMeetings)
        .innerJoin(reportingBodies, eq(reportingBodies.id, bodyMeetings.bodyId))
        .innerJoin(plans, eq(plans.id, reportingBodies.planId))
        .where(
          and(
            isNull(bodyMeetings.reportId),
            isNull(reportingBodies.retiredAt),
            ne(plans.state, 'closed'),
            gte(bodyMeetings.meetsOn, today),
            lte(sql`${bodyMeetings.papersDue} - ${reportingBodies.draftDaysBefore}`, sql`${today}::date`),
          ),
        );
    },

    /**
     * The meeting, locked until the transaction ends, if its pack is still to draft: of two
     * instances drafting at once, the second waits, then finds it taken.
     */
    async claim(meetingId: string) {
      const [row] = await db
        .select({ meeting: bodyMeetings, body: reportingBodies })
        .from(bodyMeetings)
        .innerJoin(reportingBodies, eq(reportingBodies.id, bodyMeetings.bodyId))
        .where(
          and(
            eq(bodyMeetings.id, meetingId),
            isNull(bodyMeetings.reportId),
            isNull(reportingBodies.retiredAt),
          ),
        )
        // The body too: a body retired meanwhile waits for this pack, or this finds it retired.
        .for('update', { of: [bodyMeetings, reportingBodies] });
      return row ?? null;
    },

    /**
     * A moved meeting's pack takes the new date in its title, while it is a draft still titled as
     * it was drafted (one the manager renamed or published keeps its title). True when retitled.
     */
    async retitleDraftPack(reportId: string, from: string, to: string) {
      const rows = await db
        .update(boardReports)
        .set({ title: to, version: sql`${boardReports.version} + 1` })
        .where(
          and(eq(boardReports.id, reportId), eq(boardReports.state, 'draft'), eq(boardReports.title, from)),
        )
        .returning({ id: boardReports.id });
      return rows.length === 1;
    },

    /**
     * The plan's state, its row held (shared) until the transaction ends: closing the plan waits for
     * a pack being drafted, or the drafter, coming after, finds the plan closed.
     */
    async lockPlanState(planId: string) {
      const [row] = await db
        .select({ state: plans.state })
        .from(plans)
        .where(eq(plans.id, planId))
        .for('share');
      return row?.state ?? null;
    },

    async setReport(meetingId: string, reportId: string) {
      await db.update(bodyMeetings).set({ reportId }).where(eq(bodyMeetings.id, meetingId));
    },

    /** The plan's latest closed month: a pack reports the month last closed. */
    async latestClosedPeriod(planId: string) {
      const [row] = await db
        .select({ month: reportingPeriods.month })
        .from(reportingPeriods)
        .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.state, 'closed')))
        .orderBy(desc(reportingPeriods.month))
        .limit(1);
      return row?.month ?? null;
    },
  };
}
