import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { codeAt } from '../../apps/api/src/test/two-step';
import { accessibilityViolations, focused, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();
const NEW_MANAGER = { email: 'deputy.manager@example.org', password: 'a long enough password' };

/** The password step, as a person does it, without any trusted-browser cookie. */
async function givePassword(p: Page) {
  await p.goto(`${baseUrl}/sign-in`);
  await p.getByLabel('Email').fill(NEW_MANAGER.email);
  await p.getByLabel('Password').fill(NEW_MANAGER.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

describe('two-step verification, in a browser', () => {
  it('takes a new manager through setting it up with a code from the app, then asks for a code at sign-in', async () => {
    // The demo manager creates a second manager's account.
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().goto(`${baseUrl}/accounts/new`);
    await page().getByLabel('Name').fill('Deputy Manager');
    await page().getByLabel('Email').fill(NEW_MANAGER.email);
    await page().getByLabel('Partnership manager').check();
    await page().getByLabel('Password').fill(NEW_MANAGER.password);
    await page().getByRole('button', { name: 'Create account' }).click();
    await page()
      .getByRole('row', { name: /Deputy Manager/ })
      .waitFor();
    await page().getByRole('button', { name: 'Sign out' }).click();
    await page().getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page().context().clearCookies();

    // Their first sign-in: the password, then setting up, before anything else opens.
    await givePassword(page());
    await page().getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    await page().getByRole('img', { name: 'QR code that adds ragboard to your authenticator app' }).waitFor();
    expect(await page().getByRole('navigation', { name: 'Menu' }).count()).toBe(0);
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().goto(`${baseUrl}/plans`);
    await page().getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();

    // By keyboard: open "I cannot scan the QR code", read the key, and type the app's code.
    await page().locator('summary', { hasText: 'I cannot scan the QR code' }).focus();
    await page().keyboard.press('Enter');
    const key = ((await page().locator('.app-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await page().getByLabel('Code from the app').focus();
    await page().keyboard.type(codeAt(key, Date.now()));
    expect((await focused(page())).id).toBe('code');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Two-step verification is on' }).waitFor();
    const recoveryCodes = await page()
      .getByRole('list', { name: 'Your recovery codes' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'I have saved my recovery codes, continue' }).click();
    await page().getByRole('heading', { level: 1, name: 'Improvement plans' }).waitFor();

    // The next sign-in asks for a code; a recovery code works, once.
    await page().getByRole('button', { name: 'Sign out' }).click();
    await page().getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await givePassword(page());
    await page()
      .getByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' })
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Continue' }).click();
    await page().getByRole('link', { name: 'Enter the code from your authenticator app' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!);
    await page().getByRole('button', { name: 'Continue' }).click();
    await page()
      .getByRole('heading', { level: 1, name: /^Dashboard/ })
      .waitFor();

    await page().getByRole('link', { name: 'Two-step verification' }).click();
    await page().getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    await page().getByText('Partnership managers must use it', { exact: false }).waitFor();
    const left = page().locator('.govuk-summary-list__row', { hasText: 'Recovery codes left' });
    expect(await left.locator('dd').textContent()).toBe('9');
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
