export { type AccountEmail, accountEmails } from './account-emails';
export { createMailer, type Mailer } from './mailer';
export { outboxRepository } from './outbox.repository';
export { reminderPoints } from './reminder-points';
export { reminderScheduleRepository } from './reminder-schedule.repository';
export { type ReminderScheduler, reminderScheduler } from './reminder-scheduler';
export { reminderRoutes } from './reminders.routes';
