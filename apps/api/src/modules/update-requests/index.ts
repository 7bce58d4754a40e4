export {
  DEFAULT_UPDATE_REQUEST_LIMITS,
  type UpdateRequestLimits,
  updateRequestAccess,
} from './update-request-access';
export { updateRequestPageRoutes } from './update-request-page';
export { redactUpdateRequestLinks, updateRequestLinkIn, updateRequestUrl } from './update-request-token';
export { updateRequestsRepository } from './update-requests.repository';
export { updateRequestRoutes } from './update-requests.routes';
export { type ResolvedUpdateRequest, updateRequestsService } from './update-requests.service';
