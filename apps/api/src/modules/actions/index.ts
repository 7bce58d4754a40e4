export { type ActionDetailRow, actionDetailFields, toActionDetail } from './action-detail';
export { toActionNode } from './action-node';
export { actionsRepository } from './actions.repository';
export { actionRoutes } from './actions.routes';
export { actionsService } from './actions.service';
