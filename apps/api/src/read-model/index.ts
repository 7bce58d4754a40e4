/**
 * What several modules read: an action's position in a month, and the links and people beside it.
 * Every module takes these from here, so each fact has one definition (`packages/shared` position).
 */

export { type ActionDetailRow, actionDetailFields, historyWith, toActionDetail } from './action-detail';
export { toActionNode } from './action-node';
export {
  actionLeadRefs,
  awaitingSignOff,
  blueAwaitingSignOff,
  carriedFromRefs,
  carriedToRefs,
} from './action-refs';
export { personRefs } from './person-refs';
export { planMonths, planPeriods } from './plan-month';
export {
  carried,
  loadPositionSource,
  type PositionReader,
  type PositionSource,
  positionReader,
} from './positions';
export { approvedSummary, findPublicPlan, publishedActionIds } from './public-plan';
