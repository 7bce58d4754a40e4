export { apiTokensRepository } from './api-tokens.repository';
export { apiTokenRoutes } from './api-tokens.routes';
