import { addMonths, formatMonth, type Month, monthOf } from '@ragboard/shared';
import { ConflictError, ValidationError } from '../../plugins/errors';

export type PeriodState = { month: Month; state: 'open' | 'closed' };

/**
 * Updates go to an open reporting period; a plan that keeps no periods takes this month's or
 * last month's. `periods` are all the plan's reporting periods.
 */
export function assertPeriodTakesUpdates(periods: PeriodState[], period: Month, today: Date) {
  const refuse = (message: string) => {
    throw new ValidationError(message, [{ path: 'body.period', message }]);
  };
  if (periods.length === 0) {
    const current = monthOf(today);
    if (period !== current && period !== addMonths(current, -1)) {
      refuse(`Updates are for ${formatMonth(current)} or ${formatMonth(addMonths(current, -1))}`);
    }
    return;
  }
  const found = periods.find((r) => r.month === period);
  if (!found) refuse(`There is no reporting period for ${formatMonth(period)}`);
  if (found?.state === 'closed') {
    throw new ConflictError(`${formatMonth(period)} is closed: its updates can no longer change`);
  }
}
