import { type ActionNode, type CarriedActionRef, isOverdue, type PersonRef } from '@ragboard/shared';
import type { actions } from '../../db/schema';

/** An action as the plan tree, My actions and a lead's update sheet show it. */
export function toActionNode(
  a: typeof actions.$inferSelect,
  leads: PersonRef[],
  awaitingSignOff: boolean,
  carriedFrom: CarriedActionRef | null,
  today: Date,
): ActionNode {
  return {
    id: a.id,
    ref: a.ref,
    title: a.title,
    dueMonth: a.dueMonth,
    dueText: a.dueText,
    leads,
    status: a.status,
    revisedDue: a.revisedDue,
    overdue: isOverdue(a, today),
    awaitingSignOff,
    carriedFrom,
    version: a.version,
  };
}
