export { backupRoutes, MAX_RESTORE_BYTES } from './backup.routes';
export { BackupCommandError, backupCommand, restoreCommand } from './backup-cli';
