import { addMonths, formatMonth, type Month, monthOf } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportingPeriods } from '../../db/schema';
import { ConflictError, ValidationError } from '../../plugins/errors';

/**
 * Updates go to an open reporting period; a plan that keeps no periods takes this month's or
 * last month's.
 */
export async function assertPeriodTakesUpdates(db: Db, planId: string, period: Month, today: Date) {
  const rows = await db
    .select({ month: reportingPeriods.month, state: reportingPeriods.state })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId));
  const refuse = (message: string) => {
    throw new ValidationError(message, [{ path: 'body.period', message }]);
  };
  if (rows.length === 0) {
    const current = monthOf(today);
    if (period !== current && period !== addMonths(current, -1)) {
      refuse(`Updates are for ${formatMonth(current)} or ${formatMonth(addMonths(current, -1))}`);
    }
    return;
  }
  const found = rows.find((r) => r.month === period);
  if (!found) refuse(`There is no reporting period for ${formatMonth(period)}`);
  if (found?.state === 'closed') {
    throw new ConflictError(`${formatMonth(period)} is closed: its updates can no longer change`);
  }
}
