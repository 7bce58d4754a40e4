export { actionsRepository } from './actions.repository';
export { actionRoutes } from './actions.routes';
export { actionsService } from './actions.service';
