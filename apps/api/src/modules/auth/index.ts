export { authRoutes } from './auth.routes';
export {
  codeAttemptLimit,
  DEFAULT_LOGIN_LIMITS,
  forgetCodeAttempts,
  type LoginLimits,
  passwordChangeLimit,
} from './login-limits';
export { hashPassword, verifyPassword } from './password';
export { passwordProblem, refuseWeakPassword, SAME_PASSWORD } from './password-policy';
export { sessionCache } from './session-cache';
export {
  type ActiveSession,
  hashToken,
  SESSION_ABSOLUTE_MS,
  sessionsRepository,
} from './sessions.repository';
