import * as client from 'openid-client';
import type { OidcConfig } from '../../config';
import { isLoopback } from '../../config';

/** Asked of the provider: who the person is, and their email address. */
const SCOPE = 'openid email profile';

/**
 * The provider's configuration, discovered from its issuer on first use and kept. A failed
 * discovery is not kept, so the next sign-in tries again. openid-client checks the discovered
 * issuer against ours, and knows Microsoft Entra ID's multi-tenant `{tenantid}` issuers.
 */
export function oidcClient(config: OidcConfig) {
  let discovered: Promise<client.Configuration> | undefined;
  const issuer = new URL(config.issuer);
  // Plain http only for a provider on this machine (tests): config.ts refuses it anywhere else.
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer.hostname);

  const configuration = () => {
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        undefined,
        client.ClientSecretBasic(config.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    /** Where to send the browser, with the checks the callback will need. */
    async authorizationUrl(redirectUri: string) {
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: SCOPE,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
        code_challenge_method: 'S256',
      });
      return { url, checks };
    },

    /**
     * Exchanges the code (openid-client checks the state, PKCE, the ID token's signature, issuer,
     * audience and nonce) and returns the ID token's claims, with the userinfo endpoint's when
     * the ID token carries no email (as providers may for the code flow).
     */
    async claims(callbackUrl: URL, checks: { state: string; nonce: string; verifier: string }) {
      const server = await configuration();
      const tokens = await client.authorizationCodeGrant(server, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.verifier,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      if (typeof idClaims.email === 'string' || !server.serverMetadata().userinfo_endpoint)
        return { ...idClaims };
      const userinfo = await client.fetchUserInfo(server, tokens.access_token, idClaims.sub);
      return { ...userinfo, ...idClaims, email: userinfo.email, email_verified: userinfo.email_verified };
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;
