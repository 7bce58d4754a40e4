import { CSRF_HEADER } from '@ragboard/shared';
import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for a secret at a moment, computed as the app would. */
export function codeAt(secret: string, at: Date | number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: typeof at === 'number' ? at : at.getTime(),
  });
}

/** The `name=value` of each cookie a reply sets. */
function cookiesSet(reply: Response): Record<string, string> {
  return Object.fromEntries(
    reply.headers.getSetCookie().map((line) => {
      const pair = line.split(';')[0]!;
      return [pair.slice(0, pair.indexOf('=')), pair];
    }),
  );
}

async function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const reply = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!reply.ok && reply.status !== 204) throw new Error(`${path}: ${reply.status} ${await reply.text()}`);
  return reply;
}

export interface HttpSession {
  /** `ragboard_session=…` */
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

/**
 * Signs a manager in to a running server over HTTP, as a person would: with the password, then
 * (the first time) setting up two-step verification with a code computed from the secret shown,
 * then once more with a recovery code, asking this "browser" to be trusted. The trusted-browser
 * cookie it returns lets later sign-ins (`signInOverHttp`) skip the code, as it does for a person.
 */
export async function enrolOverHttp(baseUrl: string, email: string, password: string) {
  const first = await signInOverHttp(baseUrl, email, password);
  if (first.secondStep !== 'enrol')
    throw new Error(`expected to set up two-step verification, not ${first.secondStep}`);
  const setup = (await (
    await post(baseUrl, '/api/auth/two-step/setup', undefined, first.headers)
  ).json()) as {
    secret: string;
  };
  const confirmed = await post(
    baseUrl,
    '/api/auth/two-step/setup/confirm',
    { code: codeAt(setup.secret, Date.now()) },
    first.headers,
  );
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
  const again = await signInOverHttp(baseUrl, email, password);
  const verified = await post(
    baseUrl,
    '/api/auth/two-step/verify',
    { code: recoveryCodes[0], rememberBrowser: true },
    again.headers,
  );
  const set = cookiesSet(verified);
  const { csrfToken } = (await verified.json()) as { csrfToken: string };
  const cookie = set.ragboard_session!;
  return {
    secret: setup.secret,
    recoveryCodes: recoveryCodes.slice(1),
    trustedCookie: set.ragboard_trusted!,
    session: { cookie, csrfToken, headers: { cookie, [CSRF_HEADER]: csrfToken } } satisfies HttpSession,
  };
}

/** Signs in with the password (and a trusted-browser cookie, if given); says what is still needed. */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password: string,
  trustedCookie?: string,
) {
  const reply = await post(
    baseUrl,
    '/api/auth/login',
    { email, password },
    trustedCookie ? { cookie: trustedCookie } : {},
  );
  const { csrfToken, secondStep } = (await reply.json()) as { csrfToken: string; secondStep: string | null };
  const cookie = cookiesSet(reply).ragboard_session!;
  return { cookie, csrfToken, secondStep, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}

/**
 * Sign-ins over HTTP that remember, as a browser would, the trusted-browser cookie from setting
 * up a manager's two-step verification the first time it is asked for: later sign-ins skip the code.
 */
export function signInsOverHttp() {
  const trusted = new Map<string, string>();
  return async (baseUrl: string, email: string, password: string): Promise<HttpSession> => {
    const session = await signInOverHttp(baseUrl, email, password, trusted.get(email));
    if (session.secondStep === null) return session;
    const enrolled = await enrolOverHttp(baseUrl, email, password);
    trusted.set(email, enrolled.trustedCookie);
    return enrolled.session;
  };
}
