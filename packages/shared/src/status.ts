import { z } from 'zod';
import { formatDate, type IsoDate, type Month } from './month';

/** The plan's status key, in its own order. These exact strings are the API's values. */
export const STATUSES = ['Grey', 'Blue', 'Green', 'Amber', 'Red'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export interface StatusDefinition {
  status: Status;
  /** The plan's own words for the status. */
  meaning: string;
  /** A short label for tags and chart legends; the word is always shown with the colour. */
  label: string;
  /** GOV.UK Frontend tag modifier that carries the colour. */
  tagClass: string;
  requiresRevisedDue: boolean;
  requiresSignOff: boolean;
}

export const STATUS_DEFINITIONS: Record<Status, StatusDefinition> = {
  Grey: {
    status: 'Grey',
    meaning: 'Action not started',
    label: 'Not started',
    tagClass: 'govuk-tag--grey',
    requiresRevisedDue: false,
    requiresSignOff: false,
  },
  Blue: {
    status: 'Blue',
    meaning: 'Action completed and signed off',
    label: 'Completed',
    tagClass: 'govuk-tag--blue',
    requiresRevisedDue: false,
    requiresSignOff: true,
  },
  Green: {
    status: 'Green',
    meaning: 'Action on target',
    label: 'On target',
    tagClass: 'govuk-tag--green',
    requiresRevisedDue: false,
    requiresSignOff: false,
  },
  Amber: {
    status: 'Amber',
    meaning: 'Action delayed and likely to miss completion deadline',
    label: 'Delayed',
    tagClass: 'govuk-tag--yellow',
    requiresRevisedDue: false,
    requiresSignOff: false,
  },
  Red: {
    status: 'Red',
    meaning:
      'Action significantly delayed and has missed completion deadline (new completion deadline date required)',
    label: 'Significantly delayed',
    tagClass: 'govuk-tag--red',
    requiresRevisedDue: true,
    requiresSignOff: false,
  },
};

export type StatusCounts = Record<Status, number>;

export function emptyStatusCounts(): StatusCounts {
  return { Grey: 0, Blue: 0, Green: 0, Amber: 0, Red: 0 };
}

export interface StatusUpdateDraft {
  status: Status;
  note?: string | null;
  revisedDue?: IsoDate | null;
}

export interface RuleViolation {
  field: 'status' | 'note' | 'revisedDue' | 'noChange';
  message: string;
}

/**
 * The plan's rules for a status update: a note for every status but Grey, and a Red needs a
 * new completion date after today and after the original due month.
 */
export function checkStatusUpdate(
  update: StatusUpdateDraft,
  action: { dueMonth: Month | null },
  today: Date,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (update.status !== 'Grey' && !update.note?.trim()) {
    violations.push({ field: 'note', message: `A progress note is required for ${update.status}` });
  }
  if (STATUS_DEFINITIONS[update.status].requiresRevisedDue) {
    const problem = update.revisedDue
      ? newDateProblem(update.revisedDue, action, today)
      : 'Red needs a new completion date';
    if (problem) violations.push({ field: 'revisedDue', message: problem });
  }
  return violations;
}

/** The note a "No change since last month" answer is recorded with: a deliberate answer, not a copied note. */
export const NO_CHANGE_STATEMENT = 'No change since last month.';

/**
 * "No change since last month": the status in force again, said in so many words. It needs an
 * earlier update to repeat, is not for a completed (Blue) action, must name the status in force
 * (so a page shown before someone else's change cannot repeat the wrong one), and a Red's new
 * completion date must still be after today: a passed date needs a new one, not "no change".
 */
export function checkNoChange(
  last: { status: Status; newDate: IsoDate | null } | null,
  sent: Status,
  today: Date,
): RuleViolation[] {
  const refuse = (message: string): RuleViolation[] => [{ field: 'noChange', message }];
  if (!last) return refuse('There is no earlier update to repeat: choose a status');
  if (last.status === 'Blue') return refuse('This action is completed: it needs no update');
  if (sent !== last.status) return refuse(`No change means ${last.status} again, as it stands`);
  if (last.status === 'Red' && (!last.newDate || last.newDate <= today.toISOString().slice(0, 10))) {
    return refuse(
      last.newDate
        ? `Its new completion date, ${formatDate(last.newDate)}, has passed: choose Red and give a new date`
        : 'Red needs a new completion date: choose Red and give one',
    );
  }
  return [];
}

/**
 * A new completion date, given with a Red or set by the manager, is after today and after the
 * original due month; null when it is.
 */
export function newDateProblem(
  date: IsoDate,
  action: { dueMonth: Month | null },
  today: Date,
): string | null {
  if (date <= today.toISOString().slice(0, 10)) return 'The new completion date must be after today';
  if (action.dueMonth !== null && date.slice(0, 7) <= action.dueMonth) {
    return 'The new completion date must be after the original due month';
  }
  return null;
}

/** Blue is only Blue once signed off: until then the update is awaiting sign-off. */
export function needsSignOff(status: Status): boolean {
  return STATUS_DEFINITIONS[status].requiresSignOff;
}

/**
 * The new completion date an action carries after an update: a Red's own, none once Blue, and
 * otherwise the one it had (an Amber after a Red keeps the date the Red gave).
 */
export function revisedDueAfter(
  update: { status: Status; revisedDue: string | null },
  before: string | null,
): string | null {
  if (update.status === 'Red') return update.revisedDue;
  return update.status === 'Blue' ? null : before;
}

/**
 * Progress order for "improved" and "worsened": Red, then Amber, then on track (Grey or Green),
 * then Blue. Grey → Green is a start, neither better nor worse.
 */
export const STATUS_PROGRESS: Record<Status, number> = { Red: 0, Amber: 1, Grey: 2, Green: 2, Blue: 3 };

export function movement(from: Status, to: Status): 'improved' | 'worsened' | 'same' {
  const delta = STATUS_PROGRESS[to] - STATUS_PROGRESS[from];
  return delta > 0 ? 'improved' : delta < 0 ? 'worsened' : 'same';
}

/** Quarterly delivery groups report in the quarter's last month; monthly ones every month. */
export function isReportingMonth(cadence: 'monthly' | 'quarterly', month: Month): boolean {
  return cadence === 'monthly' || ['03', '06', '09', '12'].includes(month.slice(5, 7));
}

/**
 * Due an update in a period: not already Blue (completed and signed off) when the period began, and
 * either its delivery group reports that month, or the group reports "or by exception" and the
 * action is in trouble: Amber or Red as the period began, or past its due month. Given or not:
 * "missing" is due and not given.
 */
export function isDueForUpdate(
  action: {
    cadence: 'monthly' | 'quarterly';
    byException: boolean;
    statusBefore: Status;
    dueMonth: Month | null;
  },
  period: Month,
): boolean {
  if (action.statusBefore === 'Blue') return false;
  if (isReportingMonth(action.cadence, period)) return true;
  const inTrouble =
    action.statusBefore === 'Amber' ||
    action.statusBefore === 'Red' ||
    (action.dueMonth !== null && action.dueMonth < period);
  return action.byException && inTrouble;
}
