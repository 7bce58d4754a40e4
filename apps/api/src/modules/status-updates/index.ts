export { statusUpdatesRepository } from './status-updates.repository';
export { statusUpdateRoutes } from './status-updates.routes';
export { statusUpdatesService } from './status-updates.service';
export { asUser } from './update-author';
export { updateRights } from './update-rights';
export { updateSheetSection } from './update-sheet';
