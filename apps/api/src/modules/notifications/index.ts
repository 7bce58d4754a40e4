export { DIGEST_HOUR_UTC, notificationDigests } from './notification-digest';
export { notificationPageRoutes } from './notification-page';
export { notificationRoutes } from './notifications.routes';
