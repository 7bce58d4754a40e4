export { readinessPackRoutes } from './readiness-pack.routes';
