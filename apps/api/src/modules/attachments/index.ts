export { attachmentsRepository } from './attachments.repository';
export { attachmentRoutes } from './attachments.routes';
export { attachmentsService, type LinkLead } from './attachments.service';
export { UPLOAD_LIMITS, uploadedFile } from './uploaded-file';
