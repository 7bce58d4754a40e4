export { prioritiesRepository } from './priorities.repository';
export { priorityRoutes } from './priorities.routes';
