import type { ActionNode, ActionPosition, PersonRef } from '@ragboard/shared';
import type { actions } from '../db/schema';

/** An action as the plan tree, My actions and a lead's update sheet show it: its row and its position. */
export function toActionNode(
  a: Pick<typeof actions.$inferSelect, 'id' | 'ref' | 'title' | 'version'>,
  leads: PersonRef[],
  position: ActionPosition,
): ActionNode {
  return { id: a.id, ref: a.ref, title: a.title, leads, ...position, version: a.version };
}
