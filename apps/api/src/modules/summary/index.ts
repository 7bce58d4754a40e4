export { dueForUpdate, periodSummary, type SummaryInput } from './period-summary';
export { loadSummaryInput } from './summary.repository';
export { summaryRoutes } from './summary.routes';
