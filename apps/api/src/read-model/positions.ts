import {
  type ActionPosition,
  type CarriedActionRef,
  type Month,
  type NewDateChange,
  type PositionIndex,
  type PositionUpdate,
  positionAt,
  positionIndex,
  updateCounts,
} from '@ragboard/shared';
import { and, eq, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { actionNewDates, actions, statusUpdates } from '../db/schema';
import { awaitingSignOff, carriedFromRefs, carriedToRefs } from './action-refs';

/** What positions need of the actions within a scope: their updates, new dates and links, as read. */
export interface PositionSource {
  updates: PositionUpdate[];
  newDates: NewDateChange[];
  awaiting: Set<string>;
  carriedFrom: Map<string, CarriedActionRef>;
  carriedTo: Map<string, CarriedActionRef & { start: Month }>;
}

/**
 * Everything the positions of the actions within `scope` (a condition on actions) need, up to a
 * month if given: five queries whatever their number, one after the other (a transaction has one
 * connection).
 */
export async function loadPositionSource(db: Db, scope: SQL, upTo?: Month): Promise<PositionSource> {
  const updateRows = await db
    .select({
      actionId: statusUpdates.actionId,
      period: statusUpdates.period,
      status: statusUpdates.status,
      note: statusUpdates.note,
      revisedDue: statusUpdates.revisedDue,
      createdAt: statusUpdates.createdAt,
      supersededById: statusUpdates.supersededById,
      signedOffAt: statusUpdates.signedOffAt,
      rejectedAt: statusUpdates.rejectedAt,
    })
    .from(statusUpdates)
    .innerJoin(actions, eq(actions.id, statusUpdates.actionId))
    .where(and(scope, upTo ? lte(statusUpdates.period, upTo) : undefined));
  const dateRows = await db
    .select({
      actionId: actionNewDates.actionId,
      period: actionNewDates.period,
      date: actionNewDates.newDate,
      source: actionNewDates.source,
      createdAt: actionNewDates.createdAt,
    })
    .from(actionNewDates)
    .innerJoin(actions, eq(actions.id, actionNewDates.actionId))
    .where(and(scope, upTo ? lte(actionNewDates.period, upTo) : undefined));
  const awaiting = new Set((await awaitingSignOff(db, scope)).map((a) => a.actionId));
  return {
    updates: updateRows.map((u) => ({
      actionId: u.actionId,
      period: u.period,
      status: u.status,
      note: u.note,
      revisedDue: u.revisedDue,
      createdAt: u.createdAt,
      superseded: u.supersededById !== null,
      counts: updateCounts({
        status: u.status,
        superseded: u.supersededById !== null,
        rejected: u.rejectedAt !== null,
        signedOff: u.signedOffAt !== null,
      }),
    })),
    newDates: dateRows,
    awaiting,
    carriedFrom: await carriedFromRefs(db, scope),
    carriedTo: await carriedToRefs(db, scope),
  };
}

/** The next plan's action as positions take it: the link, and the month that plan starts. */
export function carried(next: (CarriedActionRef & { start: Month }) | null | undefined) {
  if (!next) return { carriedTo: null, carriedToStart: null };
  const { start, ...carriedTo } = next;
  return { carriedTo, carriedToStart: start };
}

/** Positions of actions from a loaded source: the history folded once, then read at any month. */
export function positionReader(source: PositionSource) {
  const index: PositionIndex = positionIndex(source.updates, source.newDates);
  return {
    index,
    at(
      action: { id: string; dueMonth: Month | null; dueText: string | null },
      at: { month: Month; today: Date; planEnd: Month },
    ): ActionPosition {
      return positionAt(
        index,
        {
          id: action.id,
          dueMonth: action.dueMonth,
          dueText: action.dueText,
          awaitingSignOff: source.awaiting.has(action.id),
          carriedFrom: source.carriedFrom.get(action.id) ?? null,
          ...carried(source.carriedTo.get(action.id)),
        },
        at,
      );
    },
  };
}
export type PositionReader = ReturnType<typeof positionReader>;
