import type { OidcConfig } from '../../config';
import { AppError } from '../../plugins/errors';

/** With OIDC_ONLY, the password form is refused: everyone signs in with the organisation's account. */
export function refusePasswordsWhenOidcOnly(oidc: OidcConfig | null | undefined) {
  return async () => {
    if (oidc?.only)
      throw new AppError(
        403,
        'forbidden',
        `Passwords are not used here: sign in with your organisation’s account (“${oidc.label}”)`,
      );
  };
}
