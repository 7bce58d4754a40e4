export { attachmentsRepository } from './attachments.repository';
export { attachmentRoutes } from './attachments.routes';
