import { ConflictError } from '../../plugins/errors';

/** The refusal of a write to a closed plan, whoever finds the plan closed (decision 026). */
export const closedPlanError = () =>
  new ConflictError('This plan is closed: it can be read but no longer changed');
