export { meetingsRepository } from './meetings.repository';
export { meetingRoutes } from './meetings.routes';
export { meetingsService } from './meetings.service';
