export { passwordResetRoutes } from './password-reset.routes';
export { DEFAULT_PASSWORD_RESET_LIMITS, type PasswordResetLimits } from './password-reset-limits';
