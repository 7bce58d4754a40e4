export { takeSnapshot } from './report-snapshot';
export { reportsRepository, toBoardReport } from './reports.repository';
export { reportRoutes } from './reports.routes';
export { reportsService } from './reports.service';
