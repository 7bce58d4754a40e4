export { periodsRepository, toPeriod } from './periods.repository';
export { periodRoutes } from './periods.routes';
export { addDays, lastDayForUpdates, updatesCloseAt } from './update-window';
