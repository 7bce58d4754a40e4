import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../../apps/api/src/test/oidc-provider';
import { freePort } from '../../apps/api/src/test/waiting';
import { startAppServer } from './app-server';
import { accessibilityViolations, useBrowserPage } from './browser';

const LABEL = 'Sign in with Test Provider';
const page = useBrowserPage();

describe('signing in with the organisation’s account, in a browser', () => {
  let provider: TestOidcProvider;
  let app: Awaited<ReturnType<typeof startAppServer>>;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({ redirectUris: [`http://127.0.0.1:${port}/api/auth/oidc/callback`] });
    provider.accounts.set('board-member', { email: 'Board@Example.org', email_verified: true });
    provider.accounts.set('stranger', { email: 'stranger@example.org', email_verified: true });
    app = await startAppServer(
      {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_LABEL: LABEL,
      },
      port,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await provider?.close();
  });

  /**
   * The provider's development pages import a web font from the internet and have no favicon:
   * neither is ragboard's, and this machine has no internet, so both are answered empty.
   */
  async function quietProviderPages() {
    await page().route(
      (url) =>
        url.hostname !== '127.0.0.1' || (url.origin === provider.issuer && url.pathname === '/favicon.ico'),
      (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
  }

  /** The provider's own development pages: any login name, then consent. */
  async function signInAtProvider(login: string) {
    await page().locator('input[name="login"]').fill(login);
    await page().locator('input[name="password"]').fill('any password');
    await page().getByRole('button', { name: 'Sign-in' }).click();
    await page().getByRole('button', { name: 'Continue' }).click();
  }

  it('signs a demo account in through the provider and lands on the dashboard', async () => {
    await quietProviderPages();
    await page().goto(`${app.baseUrl}/sign-in`);
    const button = page().getByRole('link', { name: LABEL });
    await button.waitFor();
    await page().getByLabel('Password').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await button.click();
    await signInAtProvider('board-member');
    await page()
      .getByRole('heading', { level: 1, name: /^Dashboard/ })
      .waitFor();
    expect(new URL(page().url()).origin).toBe(app.baseUrl);
  });

  it('sends an unknown email to a page that says so, and back to sign in', async () => {
    await quietProviderPages();
    await page().goto(`${app.baseUrl}/sign-in`);
    await page().getByRole('link', { name: LABEL }).click();
    await signInAtProvider('stranger');
    await page()
      .getByRole('heading', { level: 1, name: 'There is no ragboard account for stranger@example.org' })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('link', { name: 'Go back to sign in' }).click();
    await page().getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
