import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const OIDC_COOKIE = 'ragboard_oidc';
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
 * back. Only this browser can finish the sign-in it began.
 */
export function keepOidcState(request: FastifyRequest, reply: FastifyReply, state: OidcState) {
  reply.setCookie(OIDC_COOKIE, JSON.stringify(state), {
    path: PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    signed: true,
    maxAge: OIDC_STATE_MS / 1000,
  });
}

/** The kept state, if its signature holds and it has not expired; forgotten either way, as it is single-use. */
export function takeOidcState(request: FastifyRequest, reply: FastifyReply, now: Date): OidcState | null {
  const raw = request.cookies[OIDC_COOKIE];
  reply.clearCookie(OIDC_COOKIE, { path: PATH });
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  let parsed: z.ZodSafeParseResult<OidcState>;
  try {
    parsed = stateSchema.safeParse(JSON.parse(unsigned.value));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.expiresAt <= now.getTime()) return null;
  return parsed.data;
}
