import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Each sign-in started has its own cookie, named by its state: two tabs can each finish theirs. */
export const OIDC_COOKIE_PREFIX = 'ragboard_oidc_';
/** A state as the callback may name it: what openid-client makes (base64url), nothing else. */
const STATE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const cookieName = (state: string) => `${OIDC_COOKIE_PREFIX}${state}`;
/** A sign-in at the provider must come back within this long. */
export const OIDC_STATE_MS = 10 * 60 * 1000;
const PATH = '/api/auth/oidc';

const stateSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  returnTo: z.string(),
  expiresAt: z.number(),
});
export type OidcState = z.infer<typeof stateSchema>;

/**
 * What the callback must check, kept in the browser that started: signed (so it cannot be
 * forged), httpOnly, and SameSite=Lax, which still sends it on the provider's top-level redirect
 * back. Only this browser can finish the sign-in it began; a sign-in started in another tab has a
 * cookie of its own, so neither undoes the other.
 */
export function keepOidcState(request: FastifyRequest, reply: FastifyReply, state: OidcState) {
  reply.setCookie(cookieName(state.state), JSON.stringify(state), {
    path: PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    signed: true,
    maxAge: OIDC_STATE_MS / 1000,
  });
}

/**
 * The state kept for the sign-in the callback names, if its signature holds, it is that sign-in's
 * and it has not expired; forgotten either way, as it is single-use.
 */
export function takeOidcState(
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
  named: string | undefined,
): OidcState | null {
  if (!named || !STATE_PATTERN.test(named)) return null;
  const raw = request.cookies[cookieName(named)];
  reply.clearCookie(cookieName(named), { path: PATH });
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  let parsed: z.ZodSafeParseResult<OidcState>;
  try {
    parsed = stateSchema.safeParse(JSON.parse(unsigned.value));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.state !== named || parsed.data.expiresAt <= now.getTime()) return null;
  return parsed.data;
}
