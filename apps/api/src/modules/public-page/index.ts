export { publicPageHtmlRoutes } from './html/public-page-html.routes';
export { findPublicPlan, publishedActionIds } from './public-page.repository';
export { publicPageRoutes } from './public-page.routes';
