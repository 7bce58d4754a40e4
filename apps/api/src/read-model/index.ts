/**
 * What several modules read: an action's position in a month, and the links and people beside it.
 * Every module takes these from here, so each fact has one definition (`packages/shared` position).
 */
export {
  actionLeadRefs,
  awaitingSignOff,
  blueAwaitingSignOff,
  carriedFromRefs,
  carriedToRefs,
  planOfAction,
} from './action-refs';
export { planMonths, planPeriods } from './plan-month';
export {
  carried,
  loadPositionSource,
  type PositionReader,
  type PositionSource,
  positionReader,
} from './positions';
