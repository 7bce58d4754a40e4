export { importRoutes } from './imports.routes';
