export { organisationsRepository } from './organisations.repository';
export { organisationRoutes } from './organisations.routes';
