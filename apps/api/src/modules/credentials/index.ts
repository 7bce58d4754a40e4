/**
 * What every way of signing in shares: passwords and their rules, sessions and their cache, and the
 * limits on guessing a password or a code. The password, OpenID Connect and second-step modules
 * build on it; it builds on none of them.
 */
export {
  codeAttemptLimit,
  DEFAULT_LOGIN_LIMITS,
  forgetAccountAttempts,
  forgetCodeAttempts,
  forgetPasswordAttempts,
  type LoginLimits,
  loginLimits,
  PASSWORD_CHANGE_ATTEMPTS,
  passwordChangeLimit,
} from './login-limits';
export { hashPassword, verifyPassword } from './password';
export { passwordProblem, refuseWeakPassword, SAME_PASSWORD } from './password-policy';
export { sessionCache } from './session-cache';
export {
  type ActiveSession,
  hashToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  sessionsRepository,
} from './sessions.repository';
