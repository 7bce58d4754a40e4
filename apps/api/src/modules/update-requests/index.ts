export {
  DEFAULT_UPDATE_REQUEST_LIMITS,
  type UpdateRequestLimits,
  updateRequestAccess,
  updateRequestLimiter,
} from './update-request-access';
export { redactUpdateRequestLinks, updateRequestLinkIn, updateRequestUrl } from './update-request-token';
export { updateRequestsRepository } from './update-requests.repository';
export { updateRequestRoutes } from './update-requests.routes';
export { type ResolvedUpdateRequest, updateRequestsService } from './update-requests.service';
