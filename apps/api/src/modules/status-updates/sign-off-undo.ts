import { addMonths, formatMonth, type Month, monthOf } from '@ragboard/shared';
import type { SignOffBefore } from '../../db/schema';
import { refusalOf, rightsOf, type UpdateAuthor, type UpdateTarget, type Violation } from './update-checks';

/** A Blue signed off from the queue, with the state it found the action in. */
export interface SignedOffBlue {
  id: string;
  period: Month;
  signOffNote: string | null;
  signOffBefore: SignOffBefore;
}

export const NOTHING_TO_UNDO = 'This action has no sign-off that can be undone';

/**
 * Whether a sign-off may be undone (decision 052): refused as a sign-off is (no action, a closed
 * plan, no right to sign off, an archived action, a stale version); then when the action's current
 * update is not a Blue signed off from the queue; then once the Blue's month has closed. A plan that
 * keeps no reporting periods takes updates for this month and the last, so those stay open.
 */
export function undoRefusal(
  target: UpdateTarget | null,
  author: UpdateAuthor,
  blue: SignedOffBlue | null,
  ifMatch: number | null,
  today: Date,
): Violation | null {
  if (!target) return { kind: 'no-action' };
  const refusal = refusalOf(target, rightsOf(author, target), 'signOff', ifMatch, today);
  if (refusal) return refusal;
  if (!blue) return { kind: 'conflict', message: NOTHING_TO_UNDO };
  if (!monthIsOpen(target, blue.period, today)) {
    return {
      kind: 'conflict',
      message: `${formatMonth(blue.period)} is closed: its sign-off can no longer be undone`,
    };
  }
  return null;
}

function monthIsOpen(target: UpdateTarget, period: Month, today: Date): boolean {
  if (target.periods.length === 0) {
    const current = monthOf(today);
    return period === current || period === addMonths(current, -1);
  }
  return target.periods.some((p) => p.month === period && p.state === 'open');
}
