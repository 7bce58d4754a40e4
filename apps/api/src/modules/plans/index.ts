export { closedPlanError } from './closed-plan';
export { HAS_HISTORY, itemPlace, placeAt, planItemQueries, refSafe } from './plan-items';
export { plansRepository } from './plans.repository';
export { planRoutes } from './plans.routes';
export { slugFromTitle, toPlan } from './plans.service';
