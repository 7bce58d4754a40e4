import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, signIn, useBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

describe('accounts, in a browser', () => {
  it('lets the manager create an account that can then sign in, and shows a board member no such form', async () => {
    await signIn(page(), baseUrl, 'manager@example.org');
    await page().getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Accounts' }).click();
    await page().getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Create an account' }).click();
    await page().getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();

    await page().getByRole('button', { name: 'Create account' }).click();
    await page().getByRole('alert').getByText('Select a role').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().getByLabel('Name').fill('Neil Willcocks');
    await page().getByLabel('Email').fill('neil.willcocks@example.org');
    await page().getByLabel('Action lead').check();
    await page().getByLabel('Password').fill('a long enough password');
    await page().getByRole('button', { name: 'Create account' }).click();
    await page()
      .getByRole('row', { name: /Neil Willcocks/ })
      .waitFor();
    await page().getByRole('link', { name: 'Change role or password for Neil Willcocks' }).click();
    await page().getByRole('heading', { level: 1, name: 'Neil Willcocks' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('link', { name: 'Back to accounts' }).click();
    await page().getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();

    await page().getByRole('button', { name: 'Sign out' }).click();
    await signIn(page(), baseUrl, 'neil.willcocks@example.org', 'a long enough password');
    await page().getByRole('banner').getByText('Neil Willcocks').waitFor();
    expect(await page().getByRole('link', { name: 'Accounts' }).count()).toBe(0);
    await page().goto(`${baseUrl}/accounts/new`);
    await page().getByRole('heading', { level: 1, name: 'You cannot use this page' }).waitFor();
    expect(await page().getByLabel('Password').count()).toBe(0);
  });
});
