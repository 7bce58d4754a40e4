export { periodCloseRoutes } from './period-close.routes';
