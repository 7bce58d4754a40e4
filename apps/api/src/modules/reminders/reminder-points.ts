import {
  type IsoDate,
  type Period,
  REMINDER_HOUR_UTC,
  type ReminderPoint,
  type UpdateReminderScheduleBody,
} from '@ragboard/shared';
import type { reminderRuns } from '../../db/schema';
import { addDays, updatesCloseAt } from '../periods';

type RunRow = typeof reminderRuns.$inferSelect;

/** When a reminder `offsetDays` from the deadline goes: at the reminder hour of its day. */
export function reminderTime(deadline: IsoDate, offsetDays: number): Date {
  const hour = String(REMINDER_HOUR_UTC).padStart(2, '0');
  return new Date(`${addDays(deadline, offsetDays)}T${hour}:00:00Z`);
}

/**
 * A period's scheduled reminders in time order, each as it stands: run (sent or skipped),
 * planned, falling after the period's last day for updates and so never sent, or, once the month
 * is closed, cancelled. Cancelled is read from the month's state, not stored: a closed month is
 * never reopened, and the scheduler reads only open months.
 */
export function reminderPoints(
  schedule: UpdateReminderScheduleBody,
  period: { deadline: IsoDate; graceDays: number; state: Period['state'] },
  runs: RunRow[],
): ReminderPoint[] {
  if (!schedule.enabled) return [];
  const closes = updatesCloseAt(period);
  return [...schedule.offsets]
    .sort((a, b) => a - b)
    .map((offsetDays) => {
      const at = reminderTime(period.deadline, offsetDays);
      const run = runs.find((r) => r.offsetDays === offsetDays);
      return {
        offsetDays,
        at: at.toISOString(),
        escalate: schedule.escalate && offsetDays > 0,
        state: run
          ? run.state
          : at > closes
            ? 'after-updates-close'
            : period.state === 'closed'
              ? 'cancelled'
              : 'planned',
        ranAt: run?.ranAt.toISOString() ?? null,
        messages: run ? run.messages : null,
      };
    });
}
