import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './waiting';

/** The claims the provider gives about one login (the login is the subject). */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  /** Microsoft Entra ID's "email domain owner verified", sent instead of email_verified. */
  xms_edov?: boolean;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on 127.0.0.1, with one confidential client
 * (client_secret_basic) and its development login and consent pages: any login name is accepted
 * and becomes the subject, whose claims are those set in `accounts`. With `userinfo: false` the
 * provider has no userinfo endpoint and puts the claims in the ID token, as Entra ID does.
 */
export async function startOidcProvider(options: { redirectUris: string[]; userinfo?: boolean }) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'ragboard-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const accounts = new Map<string, ProviderAccount>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }),
    features: { devInteractions: { enabled: true }, userinfo: { enabled: options.userinfo ?? true } },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
  });
  const server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    /** The provider's pages answered over plain HTTP: from the authorisation URL to the redirect back to the app. */
    signIn: (authorizationUrl: string, login: string) => signInOverHttp(issuer, authorizationUrl, login),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestOidcProvider = Awaited<ReturnType<typeof startOidcProvider>>;

/** Follows redirects and fills in the login and consent forms by hand, keeping the provider's cookies. */
async function signInOverHttp(issuer: string, authorizationUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      body = undefined;
      if (url.origin !== issuer) return url;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`The provider answered ${response.status}: ${html.slice(0, 500)}`);
    url = new URL(action, url);
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('The provider never sent the browser back');
}
