export { kpisRepository } from './kpis.repository';
export { kpiRoutes } from './kpis.routes';
