import { type SessionReply, sessionReplySchema } from '@ragboard/shared';
import { apiSend, setCsrfToken } from '../../../lib/api-client';

/** Signing in and changing a password both answer with a fresh session: its CSRF token is kept. */
export async function startSession(path: '/api/auth/login' | '/api/auth/password', body: unknown) {
  const session: SessionReply = await apiSend('POST', path, body, sessionReplySchema);
  setCsrfToken(session.csrfToken);
  return session;
}
