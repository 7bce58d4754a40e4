export { linkPageRoutes } from './link-page.routes';
