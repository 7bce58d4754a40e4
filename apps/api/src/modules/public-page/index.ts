export { publicPageHtmlRoutes } from './html/public-page-html.routes';
export { publicPageRoutes } from './public-page.routes';
