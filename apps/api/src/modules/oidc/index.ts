export { oidcRoutes } from './oidc.routes';
export { refusePasswordsWhenOidcOnly } from './password-sign-in';
