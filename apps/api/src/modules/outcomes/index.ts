export { outcomesRepository } from './outcomes.repository';
export { outcomeRoutes } from './outcomes.routes';
