export { findingsRepository } from './findings.repository';
export { findingRoutes } from './findings.routes';
