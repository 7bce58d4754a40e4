/**
 * What every write leaves behind: its audit entry, and the change it made announced to the caches
 * when its transaction commits (decisions 014 and 021). Every module writes through these; none
 * owns them (decision 045).
 */
export { type AuditRecord, auditRow, recordAudit } from './audit';
export { type Actor, type Audience, type Recipient, recordNotification } from './notifications';
export { announcePlanChange, recordPlanChange } from './plan-changes';
