export { myActionRoutes } from './my-actions.routes';
