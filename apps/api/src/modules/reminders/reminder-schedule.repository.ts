import {
  DEFAULT_REMINDER_OFFSETS,
  type ReminderSchedule,
  type UpdateReminderScheduleBody,
} from '@ragboard/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reminderRuns, reminderSchedules } from '../../db/schema';

type ScheduleRow = typeof reminderSchedules.$inferSelect;

/** A plan that never set its schedule has the defaults, at version 1. */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  enabled: true,
  offsets: [...DEFAULT_REMINDER_OFFSETS],
  escalate: true,
  version: 1,
};

export function toReminderSchedule(row: ScheduleRow | null | undefined): ReminderSchedule {
  if (!row) return DEFAULT_REMINDER_SCHEDULE;
  return { enabled: row.enabled, offsets: row.offsets, escalate: row.escalate, version: row.version };
}

export function reminderScheduleRepository(db: Db) {
  return {
    async find(planId: string): Promise<ReminderSchedule> {
      const [row] = await db.select().from(reminderSchedules).where(eq(reminderSchedules.planId, planId));
      return toReminderSchedule(row);
    },

    /**
     * Writes when the version still matches; null otherwise. A plan with no row is at version 1,
     * so a first save inserts version 2, and of two first saves one inserts and one is refused.
     */
    async save(planId: string, version: number, body: UpdateReminderScheduleBody, at: Date) {
      const values = { ...body, offsets: [...body.offsets].sort((a, b) => a - b), updatedAt: at };
      if (version === 1) {
        const [inserted] = await db
          .insert(reminderSchedules)
          .values({ planId, ...values, version: 2 })
          .onConflictDoNothing()
          .returning();
        if (inserted) return toReminderSchedule(inserted);
      }
      const [row] = await db
        .update(reminderSchedules)
        .set({ ...values, version: sql`${reminderSchedules.version} + 1` })
        .where(and(eq(reminderSchedules.planId, planId), eq(reminderSchedules.version, version)))
        .returning();
      return row ? toReminderSchedule(row) : null;
    },

    async runs(planId: string, periods: string[]) {
      if (periods.length === 0) return [];
      return db
        .select()
        .from(reminderRuns)
        .where(and(eq(reminderRuns.planId, planId), inArray(reminderRuns.period, periods)));
    },
  };
}
