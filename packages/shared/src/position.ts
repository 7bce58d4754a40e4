import { z } from 'zod';
import {
  addMonths,
  formatDate,
  formatMonth,
  type IsoDate,
  isoDateSchema,
  lastDayOfMonth,
  type Month,
  monthSchema,
} from './month';
import { idSchema } from './schemas/common';
import { type Status, statusSchema } from './status';

/**
 * An action's position in a month: the one definition every reader takes (the tree, My actions,
 * the round, the summary, board reports and their exports, the public page and open data, the
 * readiness pack). Two readers that computed it apart would disagree; these functions are the only
 * place it is worked out.
 */

/** An action's place in another plan of the chain: where it was carried from, or to. */
export const carriedActionRefSchema = z
  .object({ planId: idSchema, planTitle: z.string(), actionId: idSchema, ref: z.string() })
  .meta({ id: 'CarriedActionRef' });
export type CarriedActionRef = z.infer<typeof carriedActionRefSchema>;

/** "Carried forward from 2023-24 plan (action 1.5.3)": the words every view and export uses. */
export const carriedFromWords = (from: Pick<CarriedActionRef, 'planTitle' | 'ref'>) =>
  `Carried forward from ${from.planTitle} (action ${from.ref})`;
export const carriedToWords = (to: Pick<CarriedActionRef, 'planTitle' | 'ref'>) =>
  `Carried forward to ${to.planTitle} (action ${to.ref})`;

/** Where a new completion date came from: a lead's Red, the carry-forward, or the manager. */
export const NEW_DATE_SOURCES = ['update', 'carried', 'manager'] as const;
export const newDateSourceSchema = z.enum(NEW_DATE_SOURCES);
export type NewDateSource = z.infer<typeof newDateSourceSchema>;

export const newDateSchema = z
  .object({
    date: isoDateSchema,
    source: newDateSourceSchema,
    /** The month it came into force. */
    since: monthSchema,
  })
  .meta({ id: 'NewCompletionDate' });
export type NewDate = z.infer<typeof newDateSchema>;

/** The fields of a position, spread into every reply that lists an action. */
export const actionPositionShape = {
  status: statusSchema,
  /** A Blue given and not yet signed off: the status stays what it was meanwhile. */
  awaitingSignOff: z.boolean(),
  /** The original due month; a new date never replaces it. */
  dueMonth: monthSchema.nullable(),
  /** Due in words ("Dependent on sustainability") rather than a month. */
  dueText: z.string().nullable(),
  /** The new completion date in force that month, if one was agreed. */
  newDate: newDateSchema.nullable(),
  /** Past its original due month and not Blue. */
  pastOriginalDate: z.boolean(),
  /** Past its new completion date and not Blue. */
  pastNewDate: z.boolean(),
  /** The earlier plan's action this one continues. */
  carriedFrom: carriedActionRefSchema.nullable(),
  /** The next plan's action that continues it. */
  carriedTo: carriedActionRefSchema.nullable(),
  /**
   * Followed in the next plan by that month, not here: from the next plan's first month, or this
   * plan's last if sooner. Neither behind nor overdue then.
   */
  carriedForward: z.boolean(),
  /** The progress note of the update that set its status (the latest by that month). */
  note: z.string().nullable(),
};
export const actionPositionSchema = z.object(actionPositionShape).meta({ id: 'ActionPosition' });
export type ActionPosition = z.infer<typeof actionPositionSchema>;

/** The day a month is judged on: its last day once over, today while it runs. */
export function judgedOn(month: Month, today: Date): IsoDate {
  const end = lastDayOfMonth(month);
  const now = today.toISOString().slice(0, 10);
  // Months and days as text sort as they fall in time.
  return [now, end].sort()[0]!;
}

/** A status update as positions read it. */
export interface PositionUpdate {
  actionId: string;
  period: Month;
  status: Status;
  note: string | null;
  revisedDue: IsoDate | null;
  createdAt: Date;
  /** Counts towards the action's status: not a Blue still awaiting (or refused) sign-off, not superseded. */
  counts: boolean;
  /** Replaced by a correction: sorts before its replacement when both carry the same time. */
  superseded?: boolean;
}

/** An update counts towards its action's status unless replaced, refused, or a Blue not yet signed off. */
export function updateCounts(u: {
  status: Status;
  superseded: boolean;
  rejected: boolean;
  signedOff: boolean;
}) {
  return !u.superseded && !u.rejected && (u.status !== 'Blue' || u.signedOff);
}

/** A new completion date set other than by a lead's Red: at the carry-forward, or by the manager (null clears it). */
export interface NewDateChange {
  actionId: string;
  period: Month;
  date: IsoDate | null;
  source: Exclude<NewDateSource, 'update'>;
  createdAt: Date;
}

/** What positions need of an action beyond its updates. */
export interface PositionAction {
  id: string;
  dueMonth: Month | null;
  dueText: string | null;
  awaitingSignOff: boolean;
  carriedFrom: CarriedActionRef | null;
  carriedTo: CarriedActionRef | null;
  /** The next plan's first month, when it was carried forward. */
  carriedToStart: Month | null;
}

interface Step {
  period: Month;
  /** The counting update this step is, if it is one. */
  update: PositionUpdate | null;
  newDate: NewDate | null;
}

const bySequence = (
  a: { period: Month; createdAt: Date; superseded?: boolean },
  b: { period: Month; createdAt: Date; superseded?: boolean },
) =>
  a.period.localeCompare(b.period) ||
  +a.createdAt - +b.createdAt ||
  Number(!!b.superseded) - Number(!!a.superseded);

/**
 * A Red's update sets the new completion date (its own, or none), a signed-off Blue ends it, and the
 * carry-forward or the manager set or clear it; other updates keep the date in force.
 */
function nextNewDate(before: NewDate | null, event: PositionUpdate | NewDateChange): NewDate | null {
  if ('source' in event)
    return event.date ? { date: event.date, source: event.source, since: event.period } : null;
  if (event.status === 'Red')
    return event.revisedDue ? { date: event.revisedDue, source: 'update', since: event.period } : null;
  return event.status === 'Blue' ? null : before;
}

/**
 * Every action's history folded once: its status, note and new completion date at any month. An
 * action's state at a month is its latest counting update at or before it (Grey without one).
 */
export function positionIndex(updates: readonly PositionUpdate[], changes: readonly NewDateChange[] = []) {
  const events = [...updates.filter((u) => u.counts), ...changes].sort(bySequence);
  const steps = new Map<string, Step[]>();
  const byAction = new Map<string, PositionUpdate[]>();
  for (const u of [...updates].sort(bySequence))
    byAction.set(u.actionId, [...(byAction.get(u.actionId) ?? []), u]);
  for (const event of events) {
    const list = steps.get(event.actionId) ?? [];
    list.push({
      period: event.period,
      update: 'source' in event ? null : event,
      newDate: nextNewDate(list.at(-1)?.newDate ?? null, event),
    });
    steps.set(event.actionId, list);
  }
  // Scanned from the newest back: the months asked for are mostly recent ones.
  const stepAt = (actionId: string, month: Month) => {
    const list = steps.get(actionId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.period <= month) return i;
    return -1;
  };
  const stateAt = (actionId: string, month: Month): PositionUpdate | null => {
    const list = steps.get(actionId) ?? [];
    for (let i = stepAt(actionId, month); i >= 0; i--) if (list[i]!.update) return list[i]!.update;
    return null;
  };
  const statusAt = (actionId: string, month: Month): Status => stateAt(actionId, month)?.status ?? 'Grey';
  const newDateAt = (actionId: string, month: Month): NewDate | null => {
    const i = stepAt(actionId, month);
    return i < 0 ? null : steps.get(actionId)![i]!.newDate;
  };
  return { byAction, stateAt, statusAt, newDateAt };
}
export type PositionIndex = ReturnType<typeof positionIndex>;

/**
 * The action's position in `month`, judged on that month's last day (today while it runs). `planEnd`
 * is its plan's last month: from then on (or the next plan's start, if sooner) an action carried
 * forward reads as carried.
 */
export function positionAt(
  index: PositionIndex,
  action: PositionAction,
  at: { month: Month; today: Date; planEnd: Month },
): ActionPosition {
  const state = index.stateAt(action.id, at.month);
  const status = state?.status ?? 'Grey';
  const newDate = index.newDateAt(action.id, at.month);
  const day = judgedOn(at.month, at.today);
  const open = status !== 'Blue';
  return {
    status,
    awaitingSignOff: action.awaitingSignOff,
    dueMonth: action.dueMonth,
    dueText: action.dueText,
    newDate,
    pastOriginalDate: open && action.dueMonth !== null && action.dueMonth < day.slice(0, 7),
    pastNewDate: open && newDate !== null && newDate.date < day,
    carriedFrom: action.carriedFrom,
    carriedTo: action.carriedTo,
    carriedForward:
      action.carriedTo !== null && at.month >= [action.carriedToStart ?? at.planEnd, at.planEnd].sort()[0]!,
    note: state?.note ?? null,
  };
}

/** Where an action stands against its dates, in the words every reader shows. */
export const LATENESS = {
  'past-new-date': 'Past its new completion date',
  'no-new-date': 'Past its original date, no new date agreed',
  'new-date-agreed': 'Past its original date, new date agreed',
  'carried-forward': 'Carried forward to the next plan',
  'in-time': 'Within its dates',
  completed: 'Completed',
} as const;
export type Lateness = keyof typeof LATENESS;

/** The facts lateness reads: a position, or a group of actions that share them (the plan list counts so). */
export type LatenessFacts = Pick<
  ActionPosition,
  'status' | 'pastNewDate' | 'pastOriginalDate' | 'carriedForward'
> & {
  newDate: unknown;
};

export function lateness(p: LatenessFacts): Lateness {
  if (p.status === 'Blue') return 'completed';
  if (p.carriedForward) return 'carried-forward';
  if (p.pastNewDate) return 'past-new-date';
  if (p.pastOriginalDate) return p.newDate ? 'new-date-agreed' : 'no-new-date';
  return 'in-time';
}

/**
 * Behind its original timescale, as the summary's overdue list counts it: past its original date
 * (or its new one), not Blue, and not carried forward to a plan that now follows it.
 */
export function isBehind(p: LatenessFacts): boolean {
  const kind = lateness(p);
  return kind === 'past-new-date' || kind === 'no-new-date' || kind === 'new-date-agreed';
}

/** "Due May 2025, new date 31 May 2027": both dates, wherever a due date is shown. */
export function dueWords(p: Pick<ActionPosition, 'dueMonth' | 'dueText' | 'newDate'>): string {
  const due = p.dueMonth ? `Due ${formatMonth(p.dueMonth)}` : p.dueText ? p.dueText : 'No due date';
  return p.newDate ? `${due}, new date ${formatDate(p.newDate.date)}` : due;
}

/** Where the new date in force came from, in words: "given with a Red update in March 2026". */
export function newDateSourceWords(
  d: NewDate,
  carriedFrom?: Pick<CarriedActionRef, 'planTitle'> | null,
): string {
  if (d.source === 'update') return `given with a Red update for ${formatMonth(d.since)}`;
  if (d.source === 'carried')
    return carriedFrom
      ? `agreed when carried forward from ${carriedFrom.planTitle}`
      : 'agreed when carried forward';
  return `set by the partnership manager in ${formatMonth(d.since)}`;
}

/**
 * The month a plan is read at unless another is asked for: its open month (the latest, if several);
 * a closed or archived plan's last month with a period; otherwise this month, kept within the plan.
 */
export function planMonth(
  plan: { periodStart: Month; periodEnd: Month; state: string },
  periods: readonly { month: Month; state: 'open' | 'closed' }[],
  today: Date,
): Month {
  const months = (state?: 'open') =>
    periods
      .filter((p) => !state || p.state === state)
      .map((p) => p.month)
      .sort();
  const open = months('open').at(-1);
  if (open) return open;
  const finished = plan.state === 'closed' || plan.state === 'archived';
  const last = months().at(-1);
  if (finished && last) return last;
  const now = today.toISOString().slice(0, 7);
  if (now > plan.periodEnd) return plan.periodEnd;
  return [now, plan.periodStart].sort()[1]!;
}

/**
 * The month the public page and open data show: the latest the manager closed, never one still
 * taking updates; before any closes, the month before reporting began; with no months kept, the
 * plan's own month (`planMonth`).
 */
export function publicMonth(
  plan: Parameters<typeof planMonth>[0],
  periods: Parameters<typeof planMonth>[1],
  today: Date,
): Month {
  const months = periods.map((p) => p.month).sort();
  const closed = periods
    .filter((p) => p.state === 'closed')
    .map((p) => p.month)
    .sort()
    .at(-1);
  if (closed) return closed;
  return months[0] ? addMonths(months[0], -1) : planMonth(plan, periods, today);
}
