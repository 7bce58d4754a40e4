export { publicSummaryRoutes } from './public-summaries.routes';
export { publicationRoutes } from './publication.routes';
