import type { OidcProblem } from '@ragboard/shared';
import type { OidcConfig } from '../../config';
import { writeTransaction } from '../../db/changes';
import type { Db } from '../../db/client';
import { recordAudit } from '../../journal';
import { sessionsRepository } from '../credentials';
import { usersRepository } from '../users';

/** A sign-in the provider vouched for that ragboard still refuses, or one that never finished. */
export class OidcSignInProblem extends Error {
  constructor(
    readonly reason: OidcProblem,
    message: string,
    /** The address the provider gave, shown back to its owner on the problem page. */
    readonly email?: string,
  ) {
    super(message);
  }
}

/**
 * The provider says it checked the address: `email_verified: true`. Microsoft Entra ID sends no
 * `email_verified`; its optional claim `xms_edov: true` says the address's domain is one the
 * person's tenant has verified, which is taken in its place only when `email_verified` is absent.
 */
export function emailVerified(claims: Record<string, unknown>): boolean {
  if ('email_verified' in claims && claims.email_verified !== undefined)
    return claims.email_verified === true;
  return claims.xms_edov === true;
}

/**
 * Who the provider's claims are, among ragboard's accounts: an active account with the same email,
 * case aside. Nobody gets an account by signing in; the partnership manager adds people.
 */
export function oidcService(db: Db, now: () => Date, config: Pick<OidcConfig, 'issuer' | 'allowedDomains'>) {
  return {
    async signIn(claims: Record<string, unknown>) {
      const email = typeof claims.email === 'string' ? claims.email.trim() : '';
      if (!email) throw new OidcSignInProblem('no-email', 'the provider sent no email claim');
      if (!emailVerified(claims))
        throw new OidcSignInProblem('unverified-email', 'the provider has not verified the email', email);
      const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
      if (config.allowedDomains.length > 0 && !config.allowedDomains.includes(domain))
        throw new OidcSignInProblem('domain', `${domain} is not in OIDC_ALLOWED_DOMAINS`, email);
      const user = await usersRepository(db).findByEmail(email);
      if (!user) throw new OidcSignInProblem('unknown-email', 'no account has this email', email);
      if (!user.active) throw new OidcSignInProblem('disabled', 'the account is deactivated', email);

      // Trusted as a complete session: the provider asked for its own second factor, if any.
      return writeTransaction(db, async (tx) => {
        const session = await sessionsRepository(tx).create(user.id, now());
        await recordAudit(tx, {
          actorId: user.id,
          entityType: 'user',
          entityId: user.id,
          operation: 'sign-in-oidc',
          after: { issuer: config.issuer, subject: claims.sub },
        });
        return session;
      });
    },
  };
}
