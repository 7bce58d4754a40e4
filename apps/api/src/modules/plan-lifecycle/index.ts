export { closedPlanGuard } from './closed-plan-guard';
export { planCloseService } from './plan-close.service';
export { planLifecycleRoutes } from './plan-lifecycle.routes';
export { planSuccessionService } from './plan-succession.service';
