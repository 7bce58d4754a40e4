/**
 * What several modules read: an action's position in a month, its detail and its node in the plan
 * tree, the links and people beside it, and what the public may see of a plan. Every module takes
 * these from here, so each fact has one definition (`packages/shared` position); the read model
 * imports no module (decision 045).
 */

export { type ActionDetailRow, actionDetailFields, toActionDetail } from './action-detail';
export { toActionNode } from './action-node';
export {
  actionLeadRefs,
  awaitingSignOff,
  blueAwaitingSignOff,
  carriedFromRefs,
  carriedToRefs,
  planOfAction,
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
