export { statusUpdatesRepository } from './status-updates.repository';
export { statusUpdateRoutes } from './status-updates.routes';
export { statusUpdatesService, updateRights } from './status-updates.service';
export { asUser } from './update-checks';
export { updateSheetSection } from './update-sheet';
